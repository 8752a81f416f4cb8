"use client";
import { useMemo, useState, useSyncExternalStore } from "react";
import { sendJson } from "@/components/notes/send-json";
import { FormStatus, inputClass, Labelled, primaryButton } from "@/components/settings/form-bits";

export interface SchedulingFormValues {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  learningSteps: string[];
  relearningSteps: string[];
  maximumInterval: number;
  timeZone: string;
  dayStartHour: number;
  enabledCardTypes: string[];
  showPinyin: boolean;
  toneColors: boolean;
}

const CARD_TYPES = [
  { value: "RECOGNITION", label: "Recognition (hanzi → meaning)" },
  { value: "RECALL", label: "Recall (meaning → hanzi)" },
  { value: "LISTENING", label: "Listening" },
  { value: "CLOZE", label: "Cloze (word in its sentence)" },
  { value: "COMPLETION", label: "Completion (finish the idiom)" },
];

const noSubscribe = () => () => {};
const readBrowserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const num = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? null : Number(v));
const steps = (v: FormDataEntryValue | null) => String(v ?? "").split(/[\s,]+/).filter(Boolean);

/** `timeZones`: Intl.supportedValuesOf("timeZone") from the server, so server and browser render the same list. */
export function SchedulingForm({ initial, timeZones }: { initial: SchedulingFormValues; timeZones: string[] }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const browserZone = useSyncExternalStore(noSubscribe, readBrowserZone, () => null);
  // A never-changed account still has the default "UTC": offer the browser's zone instead.
  const guessed = !picked && !saved && initial.timeZone === "UTC" && !!browserZone && browserZone !== "UTC";
  const timeZone = picked ?? (guessed ? browserZone! : initial.timeZone);
  const zones = useMemo(() => {
    const all = timeZones;
    const extra = [initial.timeZone, "UTC"].filter((z) => !all.includes(z));
    return [...extra, ...all];
  }, [initial.timeZone, timeZones]);


  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const body = {
      desiredRetention: num(f.get("desiredRetention")),
      newPerDay: num(f.get("newPerDay")),
      reviewsPerDay: num(f.get("reviewsPerDay")),
      learningSteps: steps(f.get("learningSteps")),
      relearningSteps: steps(f.get("relearningSteps")),
      maximumInterval: num(f.get("maximumInterval")),
      timeZone: String(f.get("timeZone") ?? ""),
      dayStartHour: num(f.get("dayStartHour")),
      enabledCardTypes: f.getAll("enabledCardTypes").map(String),
      showPinyin: f.get("showPinyin") === "on",
      toneColors: f.get("toneColors") === "on",
    };
    setPending(true);
    setMessage(null);
    const result = await sendJson("/api/settings", "PATCH", body);
    setPending(false);
    if (!result.ok) return setErrors({ ...(result.fields ?? {}), form: result.fields ? "Please fix the fields marked below." : result.error });
    setErrors({});
    setSaved(true);
    setPicked(body.timeZone);
    setMessage("Settings saved.");
  }

  const numberInput = (name: keyof SchedulingFormValues, step = "1") => (
    <input id={`field-${name}`} name={name} type="number" step={step} inputMode="decimal" defaultValue={String(initial[name])} aria-invalid={errors[name] ? true : undefined} className={inputClass(errors[name])} />
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Scheduling settings">
      <FormStatus error={errors.form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Labelled name="desiredRetention" label="Desired retention" hint="0.70–0.99: higher means more reviews." error={errors.desiredRetention}>
          {numberInput("desiredRetention", "0.01")}
        </Labelled>
        <Labelled name="maximumInterval" label="Maximum interval (days)" error={errors.maximumInterval}>
          {numberInput("maximumInterval")}
        </Labelled>
        <Labelled name="newPerDay" label="New cards per day" error={errors.newPerDay}>
          {numberInput("newPerDay")}
        </Labelled>
        <Labelled name="reviewsPerDay" label="Reviews per day" error={errors.reviewsPerDay}>
          {numberInput("reviewsPerDay")}
        </Labelled>
        <Labelled name="learningSteps" label="Learning steps" hint='Separated by spaces, e.g. "1m 10m".' error={errors.learningSteps}>
          <input id="field-learningSteps" name="learningSteps" defaultValue={initial.learningSteps.join(" ")} className={inputClass(errors.learningSteps)} />
        </Labelled>
        <Labelled name="relearningSteps" label="Relearning steps" hint='e.g. "10m".' error={errors.relearningSteps}>
          <input id="field-relearningSteps" name="relearningSteps" defaultValue={initial.relearningSteps.join(" ")} className={inputClass(errors.relearningSteps)} />
        </Labelled>
        <Labelled name="timeZone" label="Time zone" hint={guessed ? "Guessed from your browser; save to keep it." : undefined} error={errors.timeZone}>
          <select id="field-timeZone" name="timeZone" value={timeZone} onChange={(e) => setPicked(e.target.value)} className={inputClass(errors.timeZone)}>
            {(zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled name="dayStartHour" label="The study day starts at" error={errors.dayStartHour}>
          <select id="field-dayStartHour" name="dayStartHour" defaultValue={String(initial.dayStartHour)} className={inputClass(errors.dayStartHour)}>
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={h}>
                {String(h).padStart(2, "0")}:00
              </option>
            ))}
          </select>
        </Labelled>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-stone-700">Card types</legend>
        <p className="text-sm text-stone-500">
          New notes get one card of each ticked type. Cards of an unticked type are kept but left out of reviews until you tick it again.
        </p>
        {CARD_TYPES.map((t) => (
          <label key={t.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="enabledCardTypes" value={t.value} defaultChecked={initial.enabledCardTypes.includes(t.value)} /> {t.label}
          </label>
        ))}
        {errors.enabledCardTypes ? <p className="text-sm text-red-600" data-field-error="enabledCardTypes">{errors.enabledCardTypes}</p> : null}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-stone-700">Reader</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="showPinyin" defaultChecked={initial.showPinyin} /> Show pinyin
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="toneColors" defaultChecked={initial.toneColors} /> Colour syllables by tone
        </label>
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : "Save settings"}
        </button>
        <FormStatus message={message} />
      </div>
    </form>
  );
}
