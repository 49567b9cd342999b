/**
 * The pane's views past the first screen, each loaded on first use as a chunk of its own (with the
 * Fluent components only it uses), so the pane's initial JS holds the shell and the overview only.
 * Each is the view itself behind a Suspense with a small spinner; the props are the view's own.
 * The column-mapping dialog loads when a mapping is first asked for, the administration bar just
 * after the first screen, the KPI explanation when a KPI is first asked about.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, type ComponentType, type JSX } from "react";

/** The view `load` gives, loaded on its first render (a spinner until then, or `fallback`). */
function lazyView<P extends object>(
  load: () => Promise<(props: P) => JSX.Element | null>,
  fallback: JSX.Element | null = <Spinner size="tiny" />
): (props: P) => JSX.Element {
  const Lazy = lazy(async () => ({ default: (await load()) as ComponentType<P> }));
  const Any = Lazy as unknown as ComponentType<object>;
  return function LazyView(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Any {...props} />
      </Suspense>
    );
  };
}

export const CallsView = lazyView(
  async () => (await import("../views/calls/calls-view")).CallsView
);
export const PaymentsView = lazyView(
  async () => (await import("../views/payments/payments-view")).PaymentsView
);
export const CreditView = lazyView(
  async () => (await import("../views/customers/credit-view")).CreditView
);
export const CustomerDossier = lazyView(
  async () => (await import("../views/customers/customer-dossier")).CustomerDossier
);
export const CustomersView = lazyView(
  async () => (await import("../views/customers/customers-view")).CustomersView
);
export const HandoverView = lazyView(
  async () => (await import("../views/handover/handover-view")).HandoverView
);
export const RemindersView = lazyView(
  async () => (await import("../views/reminders/reminders-view")).RemindersView
);
export const ReportView = lazyView(
  async () => (await import("../views/report/report-view")).ReportView
);
export const SettingsView = lazyView(
  async () => (await import("../views/settings/settings-view")).SettingsView
);

const LazyMappingDialog = lazyView(
  async () => (await import("./mapping-dialog")).MappingDialog,
  null
);

/** The column-mapping dialog: nothing (and nothing loaded) until a mapping is asked for. */
export function MappingDialog(props: Parameters<typeof LazyMappingDialog>[0]): JSX.Element | null {
  return props.need === null ? null : <LazyMappingDialog {...props} />;
}

export const AdministrationBar = lazyView(
  async () => (await import("./administration-bar")).AdministrationBar,
  null
);

const LazyKpiExplanation = lazyView(
  async () => (await import("../views/overview/kpi-explanation")).KpiExplanationDialog,
  null
);

/**
 * A KPI of Overzicht explained (a dialog): nothing (and nothing loaded: the dialog, its tables and
 * explainKpiText) until a KPI is asked about.
 */
export function KpiExplanationDialog(
  props: Parameters<typeof LazyKpiExplanation>[0]
): JSX.Element | null {
  return props.kpi === null ? null : <LazyKpiExplanation {...props} />;
}
