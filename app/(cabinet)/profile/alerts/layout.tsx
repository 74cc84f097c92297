import { messagesLayout } from "@/components/i18n/client-messages";

// The catalogue paths this screen's client components use (see ClientMessages).
export default messagesLayout(["alerts", "validation", "errors"]);
