import { entriesOf, type CodeTables } from '../../domain/codes/code-tables';
import type { FieldDefinition } from '../definition';
import { bankAccount } from './bank-account';
import { choiceField } from './choice';
import { dateField } from './date';
import type { FieldType } from './field-type';
import { idNumberField } from './id-number-field';
import { mobilePhone } from './phone';
import { regionField } from './region';
import { personName, textField } from './text';

/** The field-type module behind a field definition. */
export function fieldTypeOf(field: FieldDefinition, codes: CodeTables): FieldType {
  switch (field.kind) {
    case 'personName':
      return personName;
    case 'idNumber':
      return idNumberField;
    case 'phone':
      return mobilePhone;
    case 'bankAccount':
      return bankAccount;
    case 'date':
      return dateField;
    case 'region':
      return regionField(field.includeHkMoTw ?? false);
    case 'choice':
      return choiceField(field.codeTable ? entriesOf(codes, field.codeTable).map(([, code]) => code) : []);
    case 'text':
      return textField(field.maxLength ?? 100);
  }
}
