/**
 * The "Meer" menu of the tab strip (tab-strip.tsx): the tabs that do not fit, as menu items. A chunk
 * of its own, loaded the first time some tab does not fit (Fluent's Menu and its positioning are not
 * in the pane's initial JS).
 */
import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { Lang } from "../i18n/texts";
import { NAV_TEXTS } from "../i18n/texts-nav";
import type { TabEntry } from "./tab-strip";

const useStyles = makeStyles({
  more: { flexShrink: 0, whiteSpace: "nowrap" },
});

/** Props of {@link MoreMenu}. */
export interface MoreMenuProps<V extends string> {
  tabs: readonly TabEntry<V>[];
  onSelect(v: V): void;
  lang: Lang;
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

/** The "Meer" button and menu; nothing while every tab fits. */
export function MoreMenu<V extends string>({ tabs, onSelect, lang }: MoreMenuProps<V>) {
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
