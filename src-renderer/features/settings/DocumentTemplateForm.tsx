import { Box, Button, FileInput, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { contract, type DocumentTemplate } from '../../../src-main/api/contract/index';
import { MAX_LOGO_BYTES } from '../../../src-main/api/contract/document-template';
import { errorMessage } from '../../../src-main/i18n/error-messages';
import { validate } from '../../api/errors';
import { readUpload } from '../../api/read-upload';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { useOpenFile } from '../../app/SessionContext';
import { FormFooter } from '../../components/FormFooter';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

const FIELDS = ['organisationName', 'caseNumber', 'logoPng'];

/** The organisation template (asiakirjapohja) of exported Word documents: name, case number and logo. */
export function DocumentTemplateForm() {
  const { t } = useI18n();
  const template = useApiQuery('documentTemplate.get', {});
  return (
    <SectionCard id="settings-document-template" title={t.settings.documentTemplate.title}>
      <Text size="sm" c="dimmed">
        {t.settings.documentTemplate.description}
      </Text>
      {template.data ? (
        <DocumentTemplateFields key={templateKey(template.data)} template={template.data} onReload={template.reload} />
      ) : (
        <LoadingState label={t.common.loading} />
      )}
    </SectionCard>
  );
}

/** Remounts the form when the stored template changes elsewhere, without hashing the whole picture. */
function templateKey(template: DocumentTemplate): string {
  const logo = template.logoPng ? `${template.logoPng.length}:${template.logoPng.slice(-48)}` : '';
  return JSON.stringify([template.organisationName, template.caseNumber, logo]);
}

function DocumentTemplateFields({ template, onReload }: { template: DocumentTemplate; onReload: () => void }) {
  const { t, locale } = useI18n();
  const texts = t.settings.documentTemplate;
  const file = useOpenFile();
  const notify = useNotify();
  const fileButton = useRef<HTMLButtonElement>(null);
  const [organisationName, setOrganisationName] = useState(template.organisationName ?? '');
  const [caseNumber, setCaseNumber] = useState(template.caseNumber ?? '');
  const [logo, setLogo] = useState(template.logoPng);
  // The logo is sent only when it was changed: resending up to a megabyte on every save is pointless.
  const [logoChanged, setLogoChanged] = useState(false);
  const [picked, setPicked] = useState<File | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'documentTemplate.update',
    fields: FIELDS,
    locale,
    onSaved: (saved) => {
      setOrganisationName(saved.organisationName ?? '');
      setCaseNumber(saved.caseNumber ?? '');
      setLogo(saved.logoPng);
      setLogoChanged(false);
      setPicked(null);
      setPickError(null);
      notify.success(texts.saved);
    },
  });

  const pick = async (chosen: File | null) => {
    setPickError(null);
    if (!chosen) return;
    // The same check as the core's, at once: a wrong file is refused before it becomes the preview.
    if (chosen.size > MAX_LOGO_BYTES) {
      setPickError(errorMessage('logo_too_large', locale));
      return;
    }
    try {
      const base64 = (await readUpload(chosen)).contentBase64;
      const checked = validate(contract['documentTemplate.update'].input, { logoPng: base64 }, locale);
      if (!checked.ok) {
        setPickError(checked.errors.logoPng ?? errorMessage('logo_not_png', locale));
        return;
      }
      setLogo(base64);
      setLogoChanged(true);
      setPicked(chosen);
    } catch {
      setPickError(errorMessage('logo_not_png', locale));
    }
  };

  const removeLogo = () => {
    setLogo(null);
    setLogoChanged(true);
    setPicked(null);
    setPickError(null);
    // The button goes away with the logo; the keyboard stays in the logo's field.
    fileButton.current?.focus();
  };

  // A refused pick never replaced the logo, so it does not stop saving the rest.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => submit(event, { organisationName, caseNumber, ...(logoChanged ? { logoPng: logo } : {}) });

  const logoError = pickError ?? errors.logoPng;
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="sm">
        <TextInput
          label={texts.organisationName}
          description={texts.organisationNameDescription}
          value={organisationName}
          onChange={(event) => setOrganisationName(event.currentTarget.value)}
          error={errors.organisationName}
          maw={420}
          autoComplete="organization"
          disabled={file.readOnly}
        />
        <TextInput
          label={texts.caseNumber}
          description={texts.caseNumberDescription}
          value={caseNumber}
          onChange={(event) => setCaseNumber(event.currentTarget.value)}
          error={errors.caseNumber}
          maw={260}
          autoComplete="off"
          disabled={file.readOnly}
        />
        <FileInput
          ref={fileButton}
          label={texts.logo}
          description={texts.logoDescription}
          placeholder={texts.chooseLogo}
          // Its placeholder is real text (not ::placeholder), so it must meet 4.5:1 like any text.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          accept="image/png,.png"
          value={picked}
          onChange={(chosen) => void pick(chosen)}
          error={logoError}
          leftSection={<IconPhoto size={18} aria-hidden />}
          maw={420}
          disabled={file.readOnly}
        />
        <Group gap="md" align="center">
          <div role="status">
            {logo ? (
              <Box p="xs" bg="white" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)' }}>
                {/* A data: URL: the page's CSP allows data: images, and the logo is already here as base64. */}
                <Image src={`data:image/png;base64,${logo}`} alt={logoChanged ? texts.newLogoAlt : texts.savedLogoAlt} h={94} w="auto" maw={227} fit="contain" />
              </Box>
            ) : (
              <Text size="sm" c="dimmed">
                {logoChanged && template.logoPng ? texts.logoRemoved : texts.noLogo}
              </Text>
            )}
          </div>
          {logo && (
            <Button variant="default" leftSection={<IconTrash size={16} aria-hidden />} onClick={removeLogo} disabled={file.readOnly}>
              {texts.removeLogo}
            </Button>
          )}
        </Group>
        <FormFooter error={formError} onReload={onReload} saving={saving} disabled={file.readOnly} />
      </Stack>
    </form>
  );
}
