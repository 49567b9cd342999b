// Openstaand's public API: the pure core and the ledger reader. Front doors (task pane, custom
// functions, CLI) and integrators import from here.
export * from "./core/index";
export * from "./ledger/index";
export * from "./dunning/index";
