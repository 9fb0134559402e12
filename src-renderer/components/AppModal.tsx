import { Modal, type ModalProps } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';

/** Mantine's modal with a named close button (the bare × icon has no name of its own). */
export function AppModal(props: ModalProps) {
  const { t } = useI18n();
  return <Modal {...props} closeButtonProps={{ 'aria-label': t.common.close, ...props.closeButtonProps }} />;
}
