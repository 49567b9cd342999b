/**
 * The pane's tab strip, driven by a list of tabs: every tab that fits stands in the strip, the rest
 * move into a "Meer" menu at its end (Fluent's Overflow), so a 450 px task pane reaches every view
 * and a new tab only needs an entry in the list. The active tab has the highest priority, so it is
 * always visible. Keyboard: arrow keys move along the tabs and onto "Meer" (TabList's arrow
 * navigation); Enter, Space or arrow down opens the menu, whose items select with Enter. At desktop
 * width every tab fits and the menu is not shown.
 *
 * The menu (Fluent's Menu with its popover positioning, more-menu.tsx) loads as a chunk of its own
 * the first time some tab does not fit: it is not in the pane's initial JS (issue 14). Until it is
 * there, a plain "Meer" button of the same size holds its place in the strip.
 */
import {
  Button,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useOverflowCount,
  useOverflowMenu,
  mergeClasses,
} from "@fluentui/react-components";
import { lazy, Suspense, type JSX } from "react";
import type { Lang } from "../i18n/texts";
import { NAV_TEXTS } from "../i18n/texts-nav";
import type { MoreMenuProps } from "./more-menu";

/** One tab of the strip: the view it opens and its label in the pane's language. */
export interface TabEntry<V extends string> {
  value: V;
  label: string;
}

const useStyles = makeStyles({
  // Overflow measures the strip against its box; the box must not grow with its content.
  strip: { minWidth: 0, maxWidth: "100%", flexWrap: "nowrap", overflow: "hidden" },
  more: { flexShrink: 0, whiteSpace: "nowrap" },
});

/** Props of {@link TabStrip}. */
export interface TabStripProps<V extends string> {
  tabs: readonly TabEntry<V>[];
  selected: V;
  onSelect(value: V): void;
  lang: Lang;
  className?: string;
  "aria-label": string;
}

const LazyMoreMenu = lazy(async () => ({ default: (await import("./more-menu")).MoreMenu }));

/** "Meer" while its menu loads: takes the menu's place in the strip (registered with Overflow). */
function PendingMore({ lang }: { lang: Lang }) {
  const s = useStyles();
  const t = NAV_TEXTS[lang];
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Button
      ref={ref}
      className={s.more}
      appearance="transparent"
      aria-label={t.moreTabs(overflowCount)}
      aria-haspopup="menu"
      data-testid="tab-more-pending"
    >
      {t.more}
    </Button>
  );
}

/** The "Meer" button and menu; rendered only while some tabs do not fit. */
function MoreMenu<V extends string>(props: MoreMenuProps<V>) {
  if (useOverflowCount() === 0) return null;
  const Menu = LazyMoreMenu as unknown as (p: MoreMenuProps<V>) => JSX.Element;
  return (
    <Suspense fallback={<PendingMore lang={props.lang} />}>
      <Menu {...props} />
    </Suspense>
  );
}

/** The tabs that fit, then "Meer" with the rest. */
export function TabStrip<V extends string>({
  tabs,
  selected,
  onSelect,
  lang,
  className,
  "aria-label": label,
}: TabStripProps<V>) {
  const s = useStyles();
  return (
    <Overflow minimumVisible={1}>
      <TabList
        className={mergeClasses(s.strip, className)}
        selectedValue={selected}
        onTabSelect={(_, d) => onSelect(d.value as V)}
        aria-label={label}
      >
        {tabs.map((tab) => (
          <OverflowItem key={tab.value} id={tab.value} priority={tab.value === selected ? 2 : 1}>
            <Tab value={tab.value} data-testid={`tab-${tab.value}`}>
              {tab.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreMenu tabs={tabs} onSelect={onSelect} lang={lang} />
      </TabList>
    </Overflow>
  );
}
