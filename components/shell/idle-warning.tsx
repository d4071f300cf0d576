"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { IDLE_WARNING_MS } from "@/lib/auth/idle";
import {
  keepSessionAliveAction,
  sessionSecondsLeftAction,
  signOutAction,
} from "@/lib/auth/session-actions";

const TICK_MS = 10_000;
const EXPIRED_PATH = "/logg-inn?utlopt=1";

/**
 * Warns two minutes before the idle timeout (WCAG 2.2.1) in a modal dialog that takes focus.
 * Before warning, and again at the deadline, it asks the server how much time is really left
 * (without counting that as activity): the user may have been active in another tab.
 */
export function IdleWarning({ secondsLeft }: { secondsLeft: number }) {
  const t = useTranslations("shell.idle");
  const dialog = useRef<HTMLDialogElement>(null);
  const continueButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const deadline = useRef<number>(0);
  const checking = useRef(false);
  const [open, setOpen] = useState(false);
  const [msLeft, setMsLeft] = useState(secondsLeft * 1000);

  useEffect(() => {
    deadline.current = Date.now() + secondsLeft * 1000;
  }, [secondsLeft]);

  const show = useCallback(() => {
    const el = dialog.current;
    if (!el || el.open) return;
    returnFocus.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    el.showModal();
    // Focus the safe choice, so Enter or Space keeps the user signed in.
    continueButton.current?.focus();
    setOpen(true);
  }, []);

  const hide = useCallback(() => {
    const el = dialog.current;
    if (el?.open) el.close();
    setOpen(false);
    returnFocus.current?.focus();
  }, []);

  const check = useCallback(async () => {
    if (checking.current) return;
    const left = deadline.current - Date.now();
    setMsLeft(left);
    if (left > IDLE_WARNING_MS) return;
    checking.current = true;
    try {
      const status = await sessionSecondsLeftAction();
      if (!status || status.secondsLeft <= 0) {
        // A full load on purpose: nothing of the ended session may stay in the client's memory.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign(EXPIRED_PATH);
        return;
      }
      deadline.current = Date.now() + status.secondsLeft * 1000;
      setMsLeft(status.secondsLeft * 1000);
      if (status.secondsLeft * 1000 <= IDLE_WARNING_MS) show();
      else hide();
    } catch {
      // Offline or the server is busy: try again on the next tick.
    } finally {
      checking.current = false;
    }
  }, [show, hide]);

  useEffect(() => {
    const timer = window.setInterval(check, TICK_MS);
    // Timers sleep in background tabs; check as soon as the tab is visible again.
    const onVisible = () => document.visibilityState === "visible" && void check();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [check]);

  const stay = useCallback(async () => {
    try {
      const status = await keepSessionAliveAction();
      if (!status) {
        // A full load on purpose: nothing of the ended session may stay in the client's memory.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign(EXPIRED_PATH);
        return;
      }
      deadline.current = Date.now() + status.secondsLeft * 1000;
      setMsLeft(status.secondsLeft * 1000);
      hide();
    } catch {
      // Leave the dialog open; the user can try again.
    }
  }, [hide]);

  const minutes = Math.ceil(Math.max(0, msLeft) / 60_000);

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-body"
      onCancel={(event) => {
        // Escape means the user is here: treat it as "stay signed in".
        event.preventDefault();
        void stay();
      }}
    >
      <h2 id="idle-warning-title" className="mt-0">
        {t("title")}
      </h2>
      <p id="idle-warning-body">
        {open && msLeft > 60_000 ? t("body", { minutes }) : t("bodySeconds")}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          ref={continueButton}
          type="button"
          className="btn btn-primary"
          onClick={() => void stay()}
        >
          {t("continue")}
        </button>
        <form action={signOutAction}>
          <button type="submit" className="btn">
            {t("signOut")}
          </button>
        </form>
      </div>
    </dialog>
  );
}
