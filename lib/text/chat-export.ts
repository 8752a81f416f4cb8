import type { ExtractedText } from "./subtitles";

// Copies of chat logs (WeChat, QQ, a work chat) open each message with a line of its sender and
// time, "张伟 2024-03-01 10:23" or "李娜 下午3:05", the message on the lines below. Such lines become
// the label "张伟：" on a line of their own, which names the speaker of what follows (detect-structure),
// and their times are reported as dropped. Only where the text has two or more of them, each
// followed by a message: a schedule ("开幕式 9:00" then "主旨演讲 9:30") has no message between.

const TIME = String.raw`(?:(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.月]\d{1,2}日?)\s*)?(?:(?:上午|下午|晚上|凌晨|中午|早上)\s*)?\d{1,2}:\d{2}(?::\d{2})?`;
// A sender: up to 16 characters without sentence punctuation or a colon, then the time.
const SENDER = String.raw`[^\s，。！？；：:、“”"]{1,16}(?: (?!\d)[^\s，。！？；：:、“”"]{1,16})?`;
const HEADER = new RegExp(String.raw`^\s*(${SENDER})\s+(${TIME})\s*$`, "u");
const MIN_HEADERS = 2;

export function chatHeadersToLabels(raw: string): ExtractedText | null {
  const lines = raw.split(/\r\n|\r|\n/);
  const headers = lines.map((l) => HEADER.exec(l));
  const count = headers.filter(Boolean).length;
  if (count < MIN_HEADERS) return null;
  // Each header is followed by a message: the next non-empty line is no header.
  for (let i = 0; i < lines.length; i++) {
    if (!headers[i]) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    if (j >= lines.length || headers[j]) return null;
  }
  const first = headers.find(Boolean)!;
  return {
    text: lines.map((l, i) => (headers[i] ? `${headers[i]![1]}：` : l)).join("\n"),
    linePerParagraph: false,
    dropped: [{ line: `${count} message times (${first[2]} …)`, reason: "timestamps" }],
  };
}
