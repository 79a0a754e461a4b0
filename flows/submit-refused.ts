/**
 * The Node side refused a submission field by field (e.g. the 转往就医地 lies in the 参保地's city of a person
 * filed for, which only the province's 1101 could tell). The wizard shows the problems on the form.
 */
export class SubmitRefused extends Error {
  constructor(readonly problems: Readonly<Record<string, string>>) {
    super('refused');
  }
}
