import { ActionIcon, Button, Center, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconQrcode } from '@tabler/icons-react';
import { QRCodeCanvas, QRCodeSVG } from 'qrcode.react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Link } from './queries/links';

function saveFile(href: string, fileName: string) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.click();
}

/** A QR code of a short link in a dialog, downloadable as PNG (for print) or SVG (scales without blur). */
export function LinkQrButton({ link }: { link: Link }) {
  const { t } = useTranslation('links');
  const [opened, { open, close }] = useDisclosure(false);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  const downloadSvg = () => {
    if (!svgRef.current) return;
    const blob = new Blob([new XMLSerializer().serializeToString(svgRef.current)], { type: 'image/svg+xml' });
    const url = URL.createObjectURL(blob);
    saveFile(url, `${link.slug}.svg`);
    URL.revokeObjectURL(url);
  };
  const downloadPng = () => {
    if (canvasRef.current) saveFile(canvasRef.current.toDataURL('image/png'), `${link.slug}.png`);
  };

  return (
    <>
      <ActionIcon
        variant="subtle"
        onClick={open}
        aria-label={t('qr.openFor', { name: link.name })}
        title={t('qr.open')}
      >
        <IconQrcode size={18} aria-hidden />
      </ActionIcon>
      <Modal
        opened={opened}
        onClose={close}
        title={t('qr.title', { name: link.name })}
        centered
        closeButtonProps={{ 'aria-label': t('dialogClose') }}
      >
        <Stack align="center" gap="md">
          <Center bg="white" p="md">
            <QRCodeSVG ref={svgRef} value={link.shortUrl} size={220} marginSize={2} title={link.shortUrl} />
          </Center>
          {/* A larger canvas, never shown, is the source of the PNG so the download prints sharply. */}
          <QRCodeCanvas ref={canvasRef} value={link.shortUrl} size={1024} marginSize={4} style={{ display: 'none' }} />
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }} ta="center">
            {link.shortUrl}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={downloadPng}>
              {t('qr.png')}
            </Button>
            <Button variant="default" onClick={downloadSvg}>
              {t('qr.svg')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
