import { NextResponse, type NextRequest } from "next/server";
import { STATE_KEY_HEADER, stateKey } from "@/lib/maintenance/state";
import { readMaintenanceState } from "@/lib/server/maintenance/read-maintenance-state";

export const dynamic = "force-dynamic";

// The maintenance state for proxy.ts's cache; only a caller that knows the server's
// secret may read it (it lists user ids).
export async function GET(request: NextRequest) {
  if (request.headers.get(STATE_KEY_HEADER) !== stateKey()) return new NextResponse(null, { status: 404 });
  return NextResponse.json(await readMaintenanceState(), { headers: { "Cache-Control": "no-store" } });
}
