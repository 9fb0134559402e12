import { ActionIcon, Anchor, Button, FileButton, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { AgendaItemView, AttachmentSummary, MeetingDetail } from '../../../src-main/api/contract/index';
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
  const reset = useRef<() => void>(null);
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
      reset.current?.();
    }
  };

  const remove = async (attachment: AttachmentSummary) => {
    try {
      onChange(await call('attachments.remove', { attachmentId: attachment.id, expectedVersion: attachment.rowVersion }));
      notify.success(format(ta.attachmentRemoved, { file: attachment.fileName }));
    } catch (error) {
      notify.actionError(error, onReload);
    }
  };

  if (item.attachments.length === 0 && !canEdit) return null;
  return (
    <Stack gap={4} align="flex-start">
      {item.attachments.length > 0 && (
        <List listStyleType="none" spacing={2} p={0} m={0} aria-label={format(ta.attachmentsOf, { name: itemName })}>
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
          <FileButton onChange={(file) => void upload(file)} resetRef={reset} disabled={uploading}>
            {(props) => (
              <Button {...props} size="compact-sm" variant="subtle" leftSection={<IconPaperclip size={16} aria-hidden />} aria-label={`${ta.addAttachment}: ${itemName}`}>
                {ta.addAttachment}
              </Button>
            )}
          </FileButton>
          <Text span size="xs" c="dimmed" role="status">
            {uploading ? ta.uploading : ''}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
