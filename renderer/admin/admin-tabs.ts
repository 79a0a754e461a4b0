import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { AdminRole } from '../../api/admin-contract';

export type AdminTab = Readonly<{
  id: string;
  /** i18n key in the `admin` namespace. */
  labelKey: string;
  /** Who sees the tab (the Node side checks again: the tab is convenience, the gate is the rule). */
  roles: ReadonlyArray<AdminRole>;
  Component: LazyExoticComponent<ComponentType>;
}>;

const BOTH: ReadonlyArray<AdminRole> = ['technician', 'backOffice'];
const OFFICE: ReadonlyArray<AdminRole> = ['backOffice'];
const TECH: ReadonlyArray<AdminRole> = ['technician'];

/** A tab whose component is the named export `name` of the module `load` imports (its own chunk). */
function tab(
  id: string,
  roles: ReadonlyArray<AdminRole>,
  load: () => Promise<Record<string, ComponentType>>,
  name: string,
): AdminTab {
  return {
    id,
    labelKey: `tabs.${id}`,
    roles,
    Component: lazy(async () => ({ default: (await load())[name] as ComponentType })),
  };
}

/**
 * The admin shell's tabs, in order. Adding a tab is one line here (plus its `admin:tabs.<id>` label in the
 * three locales); the technician's tabs go here too.
 */
export const ADMIN_TABS: ReadonlyArray<AdminTab> = [
  // The technician's tabs keep their labels in their own namespace (tech:tabs.*).
  {
    ...tab('devices', TECH, () => import('./technician/DevicesTab'), 'DevicesTab'),
    labelKey: 'tech:tabs.devices',
  },
  { ...tab('kiosk', TECH, () => import('./technician/KioskTab'), 'KioskTab'), labelKey: 'tech:tabs.kiosk' },
  tab('health', OFFICE, () => import('./office/HealthTab'), 'HealthTab'),
  tab('ledger', OFFICE, () => import('./office/LedgerTab'), 'LedgerTab'),
  tab('reconcile', OFFICE, () => import('./office/ReconcileTab'), 'ReconcileTab'),
  tab('staffCalls', OFFICE, () => import('./office/StaffCallsTab'), 'StaffCallsTab'),
  tab('audit', BOTH, () => import('./AuditTab'), 'AuditTab'),
  tab('log', BOTH, () => import('./LogTab'), 'LogTab'),
];

export const tabsFor = (role: AdminRole): ReadonlyArray<AdminTab> =>
  ADMIN_TABS.filter((t) => t.roles.includes(role));
