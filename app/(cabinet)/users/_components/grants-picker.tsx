"use client";

import { useTranslations } from "next-intl";
import { PERMISSIONS, PERMISSION_PRESETS, type TPermission, type TPermissionPreset } from "@/lib/auth/permissions";
import { Checkbox } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { useReadOnlyControl } from "@/components/layout/read-only-context";

const PRESETS = Object.keys(PERMISSION_PRESETS) as TPermissionPreset[];

function sameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((p) => b.includes(p));
}

// Grants from a ready-made set (Accountant, Engineer, Viewer) or one by one. The server
// checks every value against the list of permissions again.
export function GrantsPicker({
  value,
  onChange,
  error,
  disabled,
}: {
  value: readonly TPermission[];
  onChange: (next: TPermission[]) => void;
  error?: string;
  disabled?: boolean;
}) {
  const t = useTranslations("users");
  // Controlled by the form's state, not registered: the read-only view is applied here.
  const readOnly = useReadOnlyControl();
  const isDisabled = disabled || readOnly.isReadOnly;
  const activePreset = PRESETS.find((p) => sameSet(PERMISSION_PRESETS[p], value));
  const presetButton = (key: string, label: string, permissions: readonly TPermission[], isActive: boolean) => (
    <button
      key={key}
      type="button"
      disabled={isDisabled}
      aria-pressed={isActive}
      data-testid={`preset-${key}`}
      onClick={() => onChange([...permissions])}
      className={cn(
        "rounded-full px-3 py-1.5 text-sm font-medium ring-1 ring-inset disabled:cursor-not-allowed disabled:opacity-60",
        isActive ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
      )}
    >
      {label}
    </button>
  );
  return (
    <fieldset className="space-y-3" disabled={isDisabled} {...readOnly.props}>
      <legend className="text-sm font-medium text-slate-700">{t("grantsLegend")}</legend>
      <div>
        <p className="text-xs text-slate-500">{t("presets.hint")}</p>
        <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label={t("presets.title")}>
          {PRESETS.map((p) => presetButton(p, t(`presets.${p}`), PERMISSION_PRESETS[p], activePreset === p))}
          {presetButton("NONE", t("presets.none"), [], value.length === 0)}
        </div>
      </div>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {PERMISSIONS.map((permission) => (
          <Checkbox
            key={permission}
            name="permissions"
            value={permission}
            data-testid={`grant-${permission}`}
            label={t(`permissions.${permission}`)}
            checked={value.includes(permission)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, permission] : value.filter((p) => p !== permission))
            }
          />
        ))}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
      <p className="text-xs text-slate-500">{t("ownerOnlyNote")}</p>
    </fieldset>
  );
}
