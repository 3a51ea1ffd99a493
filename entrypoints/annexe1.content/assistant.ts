import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldKey } from '@/lib/annexe1/fields';
import type {
  ExtensionMessage,
  FillSummary,
  ProfileChoice,
  StatusReply,
} from '@/lib/extension/messages';
import { type Annexe1Page, detectAnnexe1 } from '@/lib/html/detect';
import { type FillReport, fillAnnexe1, type SkipReason } from '@/lib/html/fill';
import { pageProblems } from '@/lib/html/problems';
import type { Control } from '@/lib/html/read';
import { declarationValues, pageValues } from '@/lib/html/values';
import { watchControls } from '@/lib/html/watch';
import { t } from '@/lib/i18n';
import { logger } from '@/lib/logger';
import type { ActiveProfile } from '@/lib/profiles/active';
import { checkField } from '@/lib/rules';
import type { Finding } from '@/lib/rules/finding';
import { frameScheduler, watchTyping } from './live';
import { createMarks } from './marks';
import { createPanel, type Panel } from './panel';

/**
 * The assistant in one page: it finds the form, checks it as the user types (the rules
 * run in the background, which answers in the UI language), fills it from the active
 * profile and undoes that fill. Everything it adds to the page goes with `ctx`.
 */

/** Skips worth telling: a field with no value in the profile, or already right, is not. */
const UNREMARKABLE: readonly SkipReason[] = ['no-value', 'same-value'];

export interface Assistant {
  /** Looks for the form and starts watching the page. */
  start(): Promise<void>;
  /** The reply to a message of ours, or `undefined` when it is not for the page. */
  answer(message: ExtensionMessage): Promise<unknown> | undefined;
}

export function createAssistant(ctx: ContentScriptContext): Assistant {
  let page: Annexe1Page | null = null;
  let keyOf = new Map<EventTarget, FieldKey>();
  let touched = new Set<FieldKey>();
  let lastFill: { report: FillReport; touchedBefore: Set<FieldKey> } | undefined;
  let panel: Promise<Panel> | undefined;
  let announced = false;
  let ready: Promise<boolean> = Promise.resolve(false);
  const marks = createMarks();
  ctx.onInvalidated(() => marks.clear());

  const send = (message: ExtensionMessage) => browser.runtime.sendMessage(message);

  const check = async () => {
    if (!page) return;
    const values = pageValues(page);
    let findings: Finding[];
    try {
      findings = (await send({ type: 'annexe1:check-form', values })) as Finding[];
    } catch (error) {
      logger.warn('check failed', error);
      if (ctx.isValid) (await panel)?.setProblems('failed');
      return;
    }
    if (!page || ctx.isInvalid) return;
    const problems = pageProblems(findings, new Set(page.fields.keys()), touched, values);
    const shown = new Map<Control, Finding>();
    for (const [key, finding] of problems.marks) {
      const control = page.fields.get(key);
      if (control) shown.set(control, finding);
    }
    marks.show(shown);
    (await panel)?.setProblems(problems);
  };
  const schedule = frameScheduler(ctx, check);

  // The typed field is checked at once, in the page, so that its mark follows the key;
  // the whole form (cross-field rules, the rules' data) follows from the background.
  const checkTyped = (key: FieldKey) => {
    const control = page?.fields.get(key);
    if (!page || !control) return;
    const values = pageValues(page);
    const findings = checkField(key, values[key], values);
    marks.update(
      control,
      findings.find((finding) => finding.severity !== 'info'),
    );
  };

  const typing = watchTyping(ctx, (target) => {
    const key = keyOf.get(target);
    if (!key) return;
    touched.add(key);
    checkTyped(key);
    schedule();
  });

  const refreshProfile = async (): Promise<ActiveProfile | null> => {
    const choice = (await send({ type: 'annexe1:profiles' })) as ProfileChoice;
    (await panel)?.setProfiles(choice);
    return (await send({ type: 'annexe1:active-profile' })) as ActiveProfile | null;
  };

  const chooseProfile = async (id: string) => {
    const choice = (await send({ type: 'annexe1:choose-profile', id })) as ProfileChoice;
    (await panel)?.setProfiles(choice);
  };

  const fill = async (): Promise<FillSummary> => {
    const profile = await refreshProfile();
    const current = page;
    if (!current || !profile) return { filled: 0, skipped: 0 };

    const values = { ...profile.values, ...declarationValues(new Date()) };
    const report = typing.quietly(() => fillAnnexe1(current, values));
    lastFill = { report, touchedBefore: new Set(touched) };
    for (const key of report.filled) touched.add(key);
    const remarkable = report.skipped.filter(({ reason }) => !UNREMARKABLE.includes(reason));
    const summary = { filled: report.filled.length, skipped: remarkable.length };
    (await panel)?.setFillOutcome(t('panelFilled', summary), remarkable, report.filled.length > 0);
    schedule();
    return summary;
  };

  const undo = () => {
    if (!lastFill) return;
    const { report, touchedBefore } = lastFill;
    typing.quietly(() => report.undo());
    touched = touchedBefore;
    lastFill = undefined;
    void panel?.then((shown) => shown.setFillOutcome(t('panelUndone'), [], false));
    schedule();
  };

  const goTo = (key: FieldKey) => {
    const control = page?.fields.get(key);
    control?.scrollIntoView({ block: 'center' });
    control?.focus({ preventScroll: true });
  };

  // After the extension reloads, this copy has lost its extension: a click or a key tells
  // WXT, which stops it (`isValid` checks), and the newer copy takes over.
  const fillFromPanel = () => {
    if (!ctx.isValid) return;
    fill().catch(async (error) => {
      logger.warn('fill failed', error);
      if (ctx.isValid) (await panel)?.setFillOutcome(t('panelFillFailed'), [], false);
    });
  };

  const showPanel = async (requested: boolean): Promise<Panel> => {
    panel ??= createPanel(ctx, {
      fill: fillFromPanel,
      chooseProfile: (id) => {
        if (ctx.isValid) void chooseProfile(id).catch((error) => logger.warn('profile', error));
      },
      undo: () => {
        if (ctx.isValid) undo();
      },
      goTo: (key) => {
        if (ctx.isValid) goTo(key);
      },
    });
    const shown = await panel;
    shown.show(requested);
    return shown;
  };

  /** Reads the page again; `requested`: the user asked, so the answer shows either way. */
  const detect = async (requested: boolean): Promise<boolean> => {
    page = detectAnnexe1(document);
    keyOf = new Map([...(page?.fields ?? [])].map(([key, control]) => [control, key]));
    if (!page) {
      marks.clear();
      if (requested) (await showPanel(true)).setDetected(false);
      else (await panel)?.hide();
      return false;
    }

    typing.listen(new Set([...page.fields.values()].map((control) => control.ownerDocument)));
    (await showPanel(requested)).setDetected(true);
    if (!announced) {
      announced = true;
      void send({ type: 'annexe1:detected' }).catch((error) => logger.warn('badge', error));
    }
    void refreshProfile().catch((error) => logger.warn('profile', error));
    schedule();
    return true;
  };

  const status = async (): Promise<StatusReply> => ({ detected: await ready });

  return {
    async start() {
      ready = detect(false);
      await ready;
      const again = () => {
        if (ctx.isValid) ready = detect(false);
      };
      watchControls(document, again, ctx.signal);
      // A frame's form may load after the page itself.
      if (document.readyState !== 'complete') ctx.addEventListener(window, 'load', again);

      const onStorage = () => void (page && refreshProfile().catch(() => undefined));
      browser.storage.onChanged.addListener(onStorage);
      ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    },

    answer(message) {
      switch (message.type) {
        case 'annexe1:status':
          return status();
        case 'annexe1:requested':
          ready = detect(true);
          return status();
        case 'annexe1:fill':
          return ready.then(fill);
        default:
          return undefined;
      }
    },
  };
}
