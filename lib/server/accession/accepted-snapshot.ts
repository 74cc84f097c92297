import type { TCompleteDraft } from "@/lib/schemas/accession";

// The record an accepted draft keeps of what was signed (see accept-offer.ts).
export type TAcceptedSnapshot = {
  at: string;
  ip: string;
  userAgent: string | null;
  offer: { id: string; version: string; effectiveAt: string; titles: [string, string, string] };
  contractNumber: string;
  accountNumber: string;
  lines: Array<{
    tariffId: string;
    code: string;
    names: [string, string, string];
    unit: string;
    quantity: number;
    unitPrice: number;
    net: number;
  }>;
  net: number;
  vat: number;
  gross: number;
  vatRateBp: number;
};

export type TAcceptedDraftData = TCompleteDraft & { accepted: TAcceptedSnapshot };
