"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { RecoveryCodes } from "./recovery-codes";
import { TotpManage } from "./totp-manage";
import { TotpSetup } from "./totp-setup";

// The second factor's controls. Once a setup is confirmed the page is refreshed at once, so
// its state ("On since …") and everything else that depends on it read "on" while the new
// recovery codes are still shown: they live here, which the refresh keeps.
export function TotpPanel({ isEnabled, canDisable }: { isEnabled: boolean; canDisable: boolean }) {
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  if (isEnabled) return <TotpManage canDisable={canDisable} />;
  return (
    <TotpSetup
      onConfirmed={(recoveryCodes) => {
        setCodes(recoveryCodes);
        router.refresh();
      }}
    />
  );
}
