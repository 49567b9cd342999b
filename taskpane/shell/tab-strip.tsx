/**
 * The pane's tab strip, driven by a list of tabs: every tab that fits stands in the strip, the rest
 * move into a "Meer" menu at its end (Fluent's Overflow), so a 450 px task pane reaches every view
 * and a new tab only needs an entry in the list. The active tab has the highest priority, so it is
 * always visible. Keyboard: arrow keys move along the tabs and onto "Meer" (TabList's arrow
 * navigation); Enter, Space or arrow down opens the menu, whose items select with Enter. At desktop
 * width every tab fits and the menu is not shown.
 */
import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
  mergeClasses,
} from "@fluentui/react-components";
import type { Lang } from "../i18n/texts";
import { NAV_TEXTS } from "../i18n/texts-nav";

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

/** A hidden tab as an item of the "Meer" menu; nothing while the tab stands in the strip. */
function MoreItem<V extends string>({ tab, onSelect }: { tab: TabEntry<V>; onSelect(v: V): void }) {
  const visible = useIsOverflowItemVisible(tab.value);
  if (visible) return null;
  return (
    <MenuItem data-testid={`more-tab-${tab.value}`} onClick={() => onSelect(tab.value)}>
      {tab.label}
    </MenuItem>
  );
}

/** The "Meer" button and menu; rendered only while some tabs do not fit. */
function MoreMenu<V extends string>({
  tabs,
  onSelect,
  lang,
}: {
  tabs: readonly TabEntry<V>[];
  onSelect(v: V): void;
  lang: Lang;
}) {
  const s = useStyles();
  const t = NAV_TEXTS[lang];
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          ref={ref}
          className={s.more}
          appearance="transparent"
          aria-label={t.moreTabs(overflowCount)}
          aria-haspopup="menu"
          data-testid="tab-more"
        >
          {t.more}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <MoreItem key={tab.value} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
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
