import { Button, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconCopy, IconFolderOpen, IconPlus, IconX } from '@tabler/icons-react';
import { NewNetworkModal } from '../features/start/NewNetworkModal';
import { OpenNetworkModal } from '../features/start/OpenNetworkModal';
import { useFileActions } from '../features/start/use-file-actions';
import { useI18n } from '../i18n/use-i18n';

export function FileMenu() {
  const { t } = useI18n();
  const actions = useFileActions();
  const [openOpened, openModal] = useDisclosure(false);
  const [newOpened, newModal] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" rightSection={<IconChevronDown size={16} aria-hidden />}>
            {t.shell.fileMenu}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconFolderOpen size={16} aria-hidden />}
            onClick={() => (actions.nativeDialogs ? void actions.openWithDialog() : openModal.open())}
          >
            {t.shell.openOther}
          </Menu.Item>
          <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={newModal.open}>
            {t.shell.newNetwork}
          </Menu.Item>
          <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void actions.saveCopy()}>
            {t.shell.saveCopyAs}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconX size={16} aria-hidden />} onClick={() => void actions.close()}>
            {t.shell.closeNetwork}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <OpenNetworkModal opened={openOpened} onClose={openModal.close} />
      <NewNetworkModal key={String(newOpened)} opened={newOpened} onClose={newModal.close} />
    </>
  );
}
