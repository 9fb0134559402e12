import { ActionIcon, Anchor, Group, List, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import type { AgendaItemView, AttachmentSummary, MeetingDetail } from '../../../src-main/api/contract/index';
import { ATTACHMENT_LIMITS } from '../../../src-main/api/contract/meetings';
import { call } from '../../api/api';
import { readUpload } from '../../api/read-upload';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { useMeetingExport } from './use-meeting-export';

const MB = 1024 * 1024;

interface Props {
  item: AgendaItemView;
  itemName: string;
  canEdit: boolean;
  onChange: (meeting: MeetingDetail) => void;
  onReload: () => void;
}

/** A § item's attachments: kept in the network file, downloaded through the host, removed with a click. */
export function AttachmentList({ item, itemName, canEdit, onChange, onReload }: Props) {
  const { t, format, number } = useI18n();
  const ta = t.meetings.agenda;
  const notify = useNotify();
  const exporter = useMeetingExport();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);

  const size = (bytes: number) =>
    bytes >= MB ? format(ta.sizeMb, { size: number(Math.round((bytes / MB) * 10) / 10) }) : format(ta.size, { size: number(Math.max(1, Math.round(bytes / 1024))) });

  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    try {
      const { fileName, contentBase64 } = await readUpload(file);
      onChange(await call('attachments.add', { itemId: item.id, fileName, contentBase64 }));
      notify.success(format(ta.attachmentAdded, { file: fileName }));
    } catch (error) {
      notify.actionError(error, onReload);
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
    }
  };

  const remove = async (attachment: AttachmentSummary) => {
    try {
      onChange(await call('attachments.remove', { attachmentId: attachment.id, expectedVersion: attachment.rowVersion ?? 1 }));
      notify.success(format(ta.attachmentRemoved, { file: attachment.fileName }));
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

  if (item.attachments.length === 0 && !canEdit) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="dimmed">
        {ta.attachments}
      </Text>
      {item.attachments.length > 0 && (
        <List listStyleType="none" spacing={2} p={0} m={0} aria-label={`${ta.attachments}: ${itemName}`}>
          {item.attachments.map((attachment) => (
            <List.Item key={attachment.id}>
              <Group gap={6} wrap="nowrap">
                <IconPaperclip size={16} aria-hidden />
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  aria-label={format(ta.downloadAttachment, { file: attachment.fileName })}
                  onClick={() => void exporter.run(attachment.id, () => call('exports.attachment', { attachmentId: attachment.id }))}
                >
                  {attachment.fileName}
                </Anchor>
                <Text span size="sm" c="dimmed">
                  {size(attachment.sizeBytes)}
                </Text>
                {canEdit && (
                  <Tooltip label={format(ta.removeAttachment, { file: attachment.fileName })}>
                    <ActionIcon variant="subtle" color="red.9" size="sm" aria-label={format(ta.removeAttachment, { file: attachment.fileName })} onClick={() => void remove(attachment)}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canEdit && (
        <Group gap="xs">
          <label htmlFor={inputId}>
            <Text span size="sm" fw={500}>
              {ta.addAttachment}
              <VisuallyHidden component="span">: {itemName}</VisuallyHidden>
            </Text>
          </label>
          <input
            id={inputId}
            ref={input}
            type="file"
            disabled={uploading}
            aria-describedby={`${inputId}-limits`}
            onChange={(event) => void upload(event.currentTarget.files?.[0] ?? null)}
            style={{ fontSize: 'var(--mantine-font-size-sm)' }}
          />
          <Text span size="xs" c="dimmed" id={`${inputId}-limits`} role={uploading ? 'status' : undefined}>
            {uploading
              ? ta.uploading
              : format(ta.attachmentLimits, { file: number(ATTACHMENT_LIMITS.maxFileBytes / MB), meeting: number(ATTACHMENT_LIMITS.maxMeetingBytes / MB) })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
