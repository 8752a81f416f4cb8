"use client";
import { useState } from "react";
import Link from "next/link";
import { signOutAndLeave } from "@/components/auth/sign-out";

export function AccountMenu({ name, email, role }: { name: string; email: string; role: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="flex h-11 w-11 items-center justify-center rounded-full bg-brand-700 font-medium text-white"
        title={`Account: ${name}`}
      >
        <span aria-hidden>{name.slice(0, 1).toUpperCase()}</span>
        <span className="sr-only">Account menu</span>
      </button>
      {open ? (
        <div role="menu" className="absolute right-0 mt-2 w-64 rounded-lg border border-stone-200 bg-white p-2 shadow-lg">
          <div className="border-b border-stone-100 px-3 pb-2 pt-1">
            <div className="font-medium">{name}</div>
            <div className="truncate text-sm text-stone-500">{email}</div>
            <div className="text-xs uppercase tracking-wide text-stone-400">{role.toLowerCase()}</div>
          </div>
          <Link role="menuitem" href="/settings" className="flex min-h-11 items-center rounded-md px-3 text-sm hover:bg-stone-100" onClick={() => setOpen(false)}>
            Settings
          </Link>
          <button
            role="menuitem"
            type="button"
            onClick={() => void signOutAndLeave()}
            className="flex min-h-11 w-full items-center rounded-md px-3 text-left text-sm hover:bg-stone-100"
          >
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
