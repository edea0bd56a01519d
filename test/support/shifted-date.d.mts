export function shiftDate(time: number): void
export function shiftDateBy(offset: number): void
export function dateOffset(): number
export function realDate(): void
