/**
 * Message shapes of the provincial contract (reference/provincial-api.md § Request/Response envelope), as
 * this simulator reads them. Deliberately not shared with the kiosk: the simulator is a second reading.
 */
export const CALL_SERVICE_PATH = '/fsi/api/callService';

export type RequestEnvelope = {
  infno: string;
  msgid: string;
  mdtrtarea_admvs: string;
  insuplc_admdvs: string;
  recer_sys_code: string;
  dev_no: string;
  dev_safe_info: string;
  cainfo: string;
  signtype: string;
  infver: string;
  opter_type: string;
  opter: string;
  opter_name: string;
  inf_time: string;
  fixmedins_code: string;
  fixmedins_name: string;
  sign_no: string;
  input: Record<string, unknown>;
};

/** One entry of output.errors: the input field and a plain Chinese reason. */
export type FieldError = Readonly<{ field: string; reason: string }>;

export type ResponseEnvelope = {
  infcode: number;
  inf_refmsgid: string;
  refmsg_time: string;
  respond_time: string;
  err_msg: string;
  output: Record<string, unknown>;
};

/** Refusal texts the contract fixes word for word (clients react to them). */
export const ERR_SIGN_IN_EXPIRED = '签到信息已失效，请重新签到';
export const ERR_MSGID_CONFLICT = '报文ID重复且内容不一致';
export const ERR_NOT_INSURED_FOUND = '未查询到参保信息';
export const ERR_QR_EXPIRED = '二维码已失效，请刷新后重新出示';
