import type { AppInfo } from '../../api/contract';
import type { ApiResult } from '../../api/result';
import { connectKioskApi, type KioskConnection } from './connect';

/**
 * The kiosk connection and its first app.info, started while the rest of the bundle (React, i18next, the
 * shell) is still being evaluated: main.tsx imports this module first, so the socket's handshake overlaps that
 * work instead of following it, and the home screen does not wait for a round trip it could have made earlier.
 */
export const connection: KioskConnection = connectKioskApi();
export const firstAppInfo: Promise<ApiResult<AppInfo>> = connection.api.call('app.info', {});
