import { sectionLayout } from "@/components/layout/section-layout";

export default sectionLayout("/users", ["users", "validation", "errors"]);
