"use client";
import { useId, useState } from "react";
import type { ActionResult } from "@/lib/server/auth/guard";

export type FormState<T = unknown> = ActionResult<T> | null;

/** The form-level error of an action result, when no field carries it. */
export function FormError({ state }: { state: FormState }) {
  if (!state || state.ok || (state.fields && Object.keys(state.fields).length)) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
      {state.error}
    </p>
  );
}

export function fieldError(state: FormState, name: string): string | undefined {
  return state && !state.ok ? state.fields?.[name] : undefined;
}

/**
 * A labelled text input with its error underneath (ids are unique, so many forms can share a page).
 * Controlled, so React's reset of a form after its action does not wipe what was typed when the
 * server answered with an error; remount it (a new `key`) to clear it.
 */
export function TextField(props: { label: string; name: string; error?: string; defaultValue?: string; maxLength?: number; autoCapitalize?: string; placeholder?: string; className?: string }) {
  const id = useId();
  const [value, setValue] = useState(props.defaultValue ?? "");
  return (
    <div className={`space-y-1 ${props.className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-700">
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        maxLength={props.maxLength}
        autoCapitalize={props.autoCapitalize}
        placeholder={props.placeholder}
        autoComplete="off"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        className={`block w-full rounded-md border px-3 py-2 text-base shadow-sm focus:outline-none focus:ring-2 ${
          props.error ? "border-red-500 focus:ring-red-300" : "border-stone-300 focus:ring-brand-100"
        }`}
      />
      <FieldMessage id={`${id}-error`} name={props.name} error={props.error} />
    </div>
  );
}

export function FieldMessage({ id, name, error }: { id?: string; name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm text-red-600" data-field-error={name}>
      {error}
    </p>
  );
}

export const primaryButton = "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 disabled:opacity-60";
export const secondaryButton = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-50 disabled:opacity-60";
export const dangerButton = "rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60";
