export function shiftDate(time: number): void
export function realDate(): void
