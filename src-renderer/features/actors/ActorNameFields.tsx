import type { LocalizedText } from '../../../src-main/api/contract/index';
import type { FieldErrors } from '../../api/errors';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';

/** An actor's name and short name in fi / sv / en: the same fields when creating, editing and renaming. */
export function ActorNameFields(props: {
  name: LocalizedText;
  shortName: LocalizedText;
  onNameChange: (name: LocalizedText) => void;
  onShortNameChange: (shortName: LocalizedText) => void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  return (
    <>
      <LocalizedTextFields
        legend={t.actor.name}
        description={t.actor.nameHint}
        path="name"
        labels={{ fi: t.actor.nameFi, sv: t.actor.nameSv, en: t.actor.nameEn }}
        value={props.name}
        onChange={props.onNameChange}
        errors={props.errors}
      />
      <LocalizedTextFields
        legend={t.actor.shortName}
        path="shortName"
        labels={{ fi: t.actor.shortNameFi, sv: t.actor.shortNameSv, en: t.actor.shortNameEn }}
        value={props.shortName}
        onChange={props.onShortNameChange}
        errors={props.errors}
      />
    </>
  );
}
