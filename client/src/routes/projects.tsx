// The projects list moved to the staff area (staff/my-leads.tsx: "my leads", with all projects one tap
// away for the roles whose home it is); this path stays for the screens that import it here.
export { default } from '../staff/my-leads.tsx'
