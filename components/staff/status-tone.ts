export function accountStatusTone(status: string) {
  return status === "ACTIVE" ? "success" : status === "SUSPENDED" ? "warning" : "danger";
}

export function userStatusTone(status: string) {
  return status === "ACTIVE" ? "success" : status === "PENDING" ? "info" : "danger";
}
