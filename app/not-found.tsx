import { NotFoundView } from "@/components/layout/boundary-views";

export default function NotFound() {
  return <NotFoundView />;
}
