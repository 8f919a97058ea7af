// The fake Wikimedia server's port, which e2e builds are made with (package.json "build:e2e").
// BACKSTORY_WIKIMEDIA_PORT lets two checkouts run their e2e suites side by side.
export const WIKIMEDIA_PORT = Number(process.env.BACKSTORY_WIKIMEDIA_PORT || 47611);
