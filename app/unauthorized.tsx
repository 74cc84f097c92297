import { UnauthorizedView } from "@/components/layout/boundary-views";

// Shown if a request is refused with unauthorized(): its session is gone, so the way on is
// signing in again (a full load of /login, which starts the session afresh).
export default function Unauthorized() {
  return <UnauthorizedView />;
}
