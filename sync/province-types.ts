/**
 * Message shapes of the provincial contract (reference/provincial-api.md), shared by the kiosk's client and
 * the provincial simulator.
 */
export type Infno = '9001' | '1101' | '9101' | 'EC01' | 'ZZ01' | 'ZZ02' | 'ZZ03' | 'ZZ04';

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

export type FieldError = Readonly<{ field: string; reason: string }>;

export type ResponseEnvelope = {
  infcode: number;
  inf_refmsgid: string;
  refmsg_time: string;
  respond_time: string;
  err_msg: string;
  output: Record<string, unknown>;
};

/** The province's exact texts the kiosk reacts to. */
export const ERR_SIGN_IN_EXPIRED = '签到信息已失效，请重新签到';
export const ERR_MSGID_CONFLICT = '报文ID重复且内容不一致';
export const ERR_NOT_INSURED_FOUND = '未查询到参保信息';
export const ERR_QR_EXPIRED = '二维码已失效，请刷新后重新出示';

/** ZZ01/ZZ02/ZZ03 acceptance states. */
export type AcpStas = '1' | '2' | '3' | '9';

export type Attachment = Readonly<{ file_qury_no: string; matl_type: string }>;

export type SignInOutput = { signinoutb: { sign_time: string; sign_no: string } };
export type UploadOutput = { file_qury_no: string; filename: string; dld_endtime: string };
export type SubmitOutput = {
  trt_dcla_detl_sn: string;
  acp_stas: string;
  psn_no?: string;
  begndate?: string;
  enddate?: string;
};
export type StatusOutput = { trt_dcla_detl_sn: string; acp_stas: string; rejt_rea: string; upd_time: string };
export type ReconcileRow = {
  ref_msgid: string;
  infno: string;
  trt_dcla_detl_sn: string;
  certno_mask: string;
  acp_stas: string;
  recv_time: string;
};
export type ReconcileOutput = { total: number; list: Array<ReconcileRow> };
export type QrOutput = {
  idNo: string;
  idType: string;
  userName: string;
  gender: string;
  birthday: string;
  nationality: string;
  insuOrg: string;
  ecToken: string;
};
export type InsuredBaseInfo = {
  psn_no: string;
  psn_cert_type: string;
  certno: string;
  psn_name: string;
  gend: string;
  naty: string;
  brdy: string;
  age: number;
};
export type InsuredInsuInfo = {
  insutype: string;
  psn_type: string;
  psn_insu_stas: string;
  psn_insu_date: string;
  paus_insu_date: string;
  insuplc_admdvs: string;
  emp_name: string;
};
export type InsuredIdetInfo = { psn_idet_type: string; begntime: string; endtime: string };
export type InsuredOutput = {
  baseinfo: InsuredBaseInfo;
  insuinfo: Array<InsuredInsuInfo>;
  idetinfo: Array<InsuredIdetInfo>;
};
