import { sectionLayout } from "@/components/layout/section-layout";

export default sectionLayout("/finance", ["finance", "validation", "errors"]);
