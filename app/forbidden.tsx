import { ForbiddenView } from "@/components/layout/boundary-views";

export default function Forbidden() {
  return <ForbiddenView />;
}
