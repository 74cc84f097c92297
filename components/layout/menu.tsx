"use client";

import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useState } from "react";
import { cn } from "@/components/ui/cn";

// One menu for both screens: on a desktop it is the sidebar; on a phone the same element
// opens under the header from the menu button. Rendered once: before, the phone's copy
// (a <details>) doubled the menu's HTML, its RSC payload and its render time on every page.
const MenuContext = createContext<{ isOpen: boolean; setOpen: (open: boolean) => void }>({ isOpen: false, setOpen: () => {} });

export function MenuProvider({ children }: { children: React.ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  return <MenuContext.Provider value={{ isOpen, setOpen }}>{children}</MenuContext.Provider>;
}

export function MenuButton({ label }: { label: string }) {
  const { isOpen, setOpen } = useContext(MenuContext);
  return (
    <button
      type="button"
      aria-label={label}
      aria-expanded={isOpen}
      aria-controls="cabinet-menu"
      onClick={() => setOpen(!isOpen)}
      className="flex size-10 items-center justify-center rounded-lg hover:bg-slate-100 lg:hidden"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d={isOpen ? "M6 6l12 12M18 6L6 18" : "M4 6h16M4 12h16M4 18h16"} />
      </svg>
    </button>
  );
}

// Closes on the next page and on Escape.
export function MenuPanel({ children }: { children: React.ReactNode }) {
  const { isOpen, setOpen } = useContext(MenuContext);
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname, setOpen]);
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [isOpen, setOpen]);
  return (
    <aside
      id="cabinet-menu"
      className={cn(
        "w-56 shrink-0 lg:block",
        isOpen
          ? "max-lg:fixed max-lg:left-4 max-lg:top-16 max-lg:z-40 max-lg:max-h-[calc(100dvh-5rem)] max-lg:w-72 max-lg:overflow-y-auto max-lg:rounded-xl max-lg:bg-white max-lg:p-3 max-lg:shadow-lg max-lg:ring-1 max-lg:ring-slate-200"
          : "hidden",
      )}
    >
      {children}
    </aside>
  );
}
