import { writeChoice } from '../choice.ts';

/**
 * «Les opp» on the participant's pages: each control reads its text with a voice that is on
 * the device (localService), so nothing is sent anywhere. A control stays hidden unless such
 * a voice exists for its language. The page also remembers the chosen language.
 */
const marker = document.querySelector<HTMLElement>('[data-sprak-valg]');
if (marker) writeChoice(marker.dataset.base ?? '/', marker.dataset.sprakValg!);

// Languages a voice may be tagged with: Norwegian voices are often «no»; Dari is read by a Persian voice.
const ALIASES: Record<string, string[]> = { nb: ['nb', 'no', 'nn'], prs: ['prs', 'fa-af', 'fa'] };
const tags = (lang: string) => ALIASES[lang] ?? [lang];

function voiceFor(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const wanted = tags(lang.toLowerCase());
  return voices.find((v) => v.localService && wanted.some((t) => v.lang.toLowerCase() === t || v.lang.toLowerCase().startsWith(`${t}-`)));
}

function show(): void {
  const voices = speechSynthesis.getVoices();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-les-opp]')) {
    const voice = voiceFor(voices, button.dataset.lesOpp!);
    button.hidden = !voice;
    button.onclick = voice
      ? () => {
          const speaking = speechSynthesis.speaking;
          speechSynthesis.cancel();
          if (speaking && button.getAttribute('aria-pressed') === 'true') return button.setAttribute('aria-pressed', 'false');
          const text = button.parentElement?.querySelector('.said')?.textContent ?? '';
          const say = new SpeechSynthesisUtterance(text);
          say.voice = voice;
          say.lang = voice.lang;
          say.onend = say.onerror = () => button.setAttribute('aria-pressed', 'false');
          for (const b of document.querySelectorAll('button[data-les-opp][aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
          button.setAttribute('aria-pressed', 'true');
          speechSynthesis.speak(say);
        }
      : null;
  }
}

if ('speechSynthesis' in window) {
  show();
  speechSynthesis.addEventListener('voiceschanged', show);
}
