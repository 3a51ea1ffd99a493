/**
 * A large page of an official host that is not the Annexe 1: 5,000 elements of news,
 * links, lists and a contact form, « MSSanté » in its text as every page of those hosts,
 * so that detection cannot give up on the first word.
 */

const SECTIONS = 263;

function section(index) {
  // 19 elements a section; with the contact form and the document, 5,013 in all.
  return `<section id="s${index}"><h2>Actualité ${index} de l’espace MSSanté</h2>
<p>Les <strong>opérateurs</strong> publient leurs <em>annuaires</em> et <a href="#s${index}">
documents</a> chaque mois. <span>Mise à jour</span> <span>le 3 décembre</span>.</p>
<ul><li><a href="#a">Guide</a></li><li><a href="#b">FAQ</a></li>
<li><a href="#c">Contact</a></li></ul>
<div><img alt="" src="data:,"><small>Publié par l’agence</small><b>Nouveau</b></div></section>`;
}

const CONTACT = `<form><h2>Nous écrire</h2>
<label>Nom <input name="nom"></label><label>Téléphone <input name="tel"></label>
<label>Courriel <input name="mail" type="email"></label><textarea name="message"></textarea>
<button>Envoyer</button></form>`;

/** The page's markup. */
export function unrelatedPage() {
  const sections = Array.from({ length: SECTIONS }, (_, index) => section(index)).join('\n');
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Espace de confiance MSSanté</title></head><body><main>${sections}${CONTACT}</main>
</body></html>`;
}
