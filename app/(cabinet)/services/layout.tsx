import { requireServicesCaller } from "./require-services-caller";

// The grant is checked here, above the segment's loading skeleton: a refusal thrown inside
// the streamed page could no longer change the response's status from 200 to 403.
export default async function ServicesLayout({ children }: { children: React.ReactNode }) {
  await requireServicesCaller();
  return children;
}
