import { Modal, type ModalProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';

/**
 * Mantine's modal with a named close button (the bare × icon has no name of its own) that gives
 * the focus back to the control that opened it. Our modals are mounted already open and unmounted
 * on close, and Mantine returns the focus only when `opened` changes on a mounted modal, so without
 * this the focus fell to the page's start after Escape or Save.
 */
export function AppModal(props: ModalProps) {
  const { t } = useI18n();
  // Read while rendering: by the time effects run, Mantine has moved the focus into the modal.
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    return () => {
      if (!(opener instanceof HTMLElement)) return;
      // After Mantine's own clean-up; an opener that has gone (a menu item, a removed row) is left alone.
      window.setTimeout(() => {
        const focused = document.activeElement;
        if (opener.isConnected && (focused === null || focused === document.body)) opener.focus();
      }, 0);
    };
  }, [opener]);
  return <Modal {...props} closeButtonProps={{ 'aria-label': t.common.close, ...props.closeButtonProps }} />;
}
