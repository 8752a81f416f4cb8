import styles from "./reader.module.css";

/**
 * A sentence's English: an "EN" button after the sentence (the shell toggles its aria-expanded by
 * delegation) and the text, shown when the button is pressed or the "Show English" switch is on.
 * Plain text, never HTML.
 */
export function SentenceEnglish({ index, text }: { index: number; text: string }) {
  const id = `en-${index}`;
  return (
    <>
      <button type="button" data-en-toggle="" aria-expanded="false" aria-controls={id} aria-label="English of this sentence" className={styles.enToggle}>
        EN
      </button>
      <span id={id} data-en="" lang="en" className={styles.english}>
        {text}
      </span>
    </>
  );
}
