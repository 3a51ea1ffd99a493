import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'wxt/browser';
import { Popup, type PopupProps } from '@/components/popup/Popup';
import '@/components/page.css';
import type { ExtensionMessage, FillSummary, StatusReply } from '@/lib/extension/messages';
import { allowableOrigin } from '@/lib/extension/site';
import { type TabStatus, tabStatus } from '@/lib/extension/tab-status';
import { applyUiLanguage } from '@/lib/extension/ui-language';
import { t } from '@/lib/i18n';
import { logger } from '@/lib/logger';
import { setActive } from '@/lib/profiles/edit';
import type { ProfilesState } from '@/lib/profiles/profile';
import { readProfiles, updateProfiles, watchProfiles } from '@/lib/profiles/store';
import './style.css';

type Tab = Browser.tabs.Tab;
type Outcome = PopupProps['outcome'];

const sendToTab = (tabId: number, message: ExtensionMessage) =>
  browser.tabs.sendMessage(tabId, message);

function App() {
  const [tab, setTab] = useState<Tab>();
  const [status, setStatus] = useState<TabStatus>('checking');
  const [state, setState] = useState<ProfilesState>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void readProfiles().then(setState);
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([current]) => {
      setTab(current);
      setStatus(await tabStatus(current, sendToTab));
    });
    return watchProfiles(setState);
  }, []);

  // Each action says how it went; a failure is logged for developers and told in words.
  const run = async (action: () => Promise<Outcome>, failure: Outcome) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await action());
    } catch (error) {
      logger.warn('popup action failed', error);
      setOutcome(failure);
    } finally {
      setBusy(false);
    }
  };

  const fill = () =>
    run(
      async () => {
        if (tab?.id === undefined) throw new Error('no tab');
        const reply = (await sendToTab(tab.id, { type: 'annexe1:fill' })) as
          | FillSummary
          | undefined;
        if (typeof reply?.filled !== 'number') throw new Error('no fill summary');
        return {
          kind: 'ok',
          text: t('popupFilled', { filled: reply.filled, skipped: reply.skipped }),
        };
      },
      { kind: 'error', text: t('popupFillFailed') },
    );

  const check = () =>
    run(
      async () => {
        if (tab?.id === undefined) throw new Error('no tab');
        const message: ExtensionMessage = { type: 'annexe1:check-tab', tabId: tab.id };
        const reply = (await browser.runtime.sendMessage(message)) as StatusReply | undefined;
        if (typeof reply?.detected !== 'boolean') throw new Error('no status reply');
        if (!reply.detected) return { kind: 'ok', text: t('popupCheckNotFound') };
        setStatus('page');
        return undefined;
      },
      { kind: 'error', text: t('popupCheckFailed') },
    );

  const origin = allowableOrigin(tab?.url);
  const allowSite = (site: string) =>
    run(
      async () => {
        // Asked from the click itself: browsers grant permissions only to a user gesture.
        const granted = await browser.permissions.request({ origins: [`${site}/*`] });
        const host = new URL(site).host;
        return granted
          ? { kind: 'ok', text: t('popupSiteAllowed', { site: host }) }
          : { kind: 'error', text: t('popupSiteRefused', { site: host }) };
      },
      { kind: 'error', text: t('popupSiteRefused', { site: site }) },
    );

  const openTab = (url: string) => {
    void browser.tabs.create({ url }).then(() => window.close());
  };

  return (
    <Popup
      status={status}
      busy={busy}
      outcome={outcome}
      profiles={{
        profiles: state?.profiles,
        activeId: state?.activeId ?? null,
        onSelect: (id) => void updateProfiles((current) => setActive(current, id)),
      }}
      onFill={() => void fill()}
      onCheck={() => void check()}
      onAllowSite={origin ? () => void allowSite(origin) : undefined}
      onOpenPdf={() => {
        // The assistant names the file and asks for it to be dropped (lib/pdf/source.ts).
        const assistant = browser.runtime.getURL('/assistant.html');
        openTab(`${assistant}?src=${encodeURIComponent(tab?.url ?? '')}`);
      }}
      onOpenAssistant={() => openTab(browser.runtime.getURL('/assistant.html'))}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

applyUiLanguage(browser.i18n, 'popupTitle');
render(<App />, document.getElementById('app') as HTMLElement);
