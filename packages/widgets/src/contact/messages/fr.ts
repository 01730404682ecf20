import type { ContactMessages } from './nl.js';

// The core's contact texts in French travel in the same chunk (see ../texts.ts).
export { contactTextsFr as core } from '@opvang/core/contact';

/** The contact widget's own texts in French, loaded when a page asks for French (see ../texts.ts). */
export const fr: ContactMessages = {
  heading: 'Point de contact',
  phone: 'Téléphone',
  email: 'E-mail',
  address: 'Adresse',
  hours: 'Heures d’ouverture',
  formHeading: 'Envoyez-nous un message',
  category: 'Quel est l’objet de votre message ?',
  choose: 'Choisissez un sujet',
  message: 'Votre message',
  name: 'Votre nom (facultatif)',
  replyWanted: 'Je souhaite une réponse',
  replyChannel: 'Comment souhaitez-vous recevoir la réponse ?',
  replyEmail: 'Votre adresse e-mail',
  replyPhone: 'Votre numéro de téléphone',
  consent: 'J’autorise la commune à traiter mon message.',
  honeypot: 'Laissez ce champ vide',
  send: 'Envoyer',
  sendByMail: 'Ouvrir votre messagerie avec ce message',
  mailtoHint:
    'Cette page ne peut pas envoyer votre message elle-même. Le bouton ci-dessous ouvre votre messagerie avec votre message ; envoyez-le de là.',
  summary: 'Corrigez d’abord ceci :',
  sending: 'Envoi de votre message…',
  sent: 'Merci. Votre message est bien arrivé.',
  queued: 'Votre message n’est pas encore envoyé : la connexion ne fonctionne pas pour le moment.',
  offline:
    "Votre message n'a pas encore été envoyé : la connexion ne fonctionne pas. Il reste dans le formulaire et nous l'envoyons dès que la connexion revient.",
  queuedKept:
    'Il est conservé sur cet appareil et sera envoyé automatiquement dès que possible, même si vous revenez plus tard sur cette page. Inutile de le retaper.',
  rejected:
    'Votre message n’a pas été accepté. Votre texte est toujours dans le formulaire : corrigez ce qui est indiqué ci-dessous et envoyez à nouveau.',
  conflict:
    'Un problème est survenu lors de l’envoi. Votre texte est toujours dans le formulaire : envoyez à nouveau.',
  tooFast: 'C’était très rapide. Vérifiez votre message et appuyez à nouveau sur « Envoyer ».',
  restored:
    'Un message précédent n’a pas pu être envoyé. Son texte est de nouveau dans le formulaire : vérifiez-le et envoyez-le à nouveau.',
  notArrived: 'Votre message n’est pas arrivé. Nous continuons d’essayer.',
  notArrivedMail: 'Envoyez-le plutôt par e-mail, avec le bouton ci-dessous.',
  volatile:
    'Ce navigateur ne peut pas conserver votre message : si vous fermez ou rechargez la page avant son envoi, il sera perdu.',
  held: 'Votre message précédent n’a pas été accepté. Il se trouve ci-dessous, avec la raison ; ce que vous tapez maintenant reste en place.',
  takeBack: 'Le remettre dans le formulaire',
  takeBackHint: 'Envoyez ou effacez d’abord ce qui se trouve dans le formulaire.',
  refusedTooLarge: 'Le message est trop volumineux. Raccourcissez-le.',
  refusedConflict: 'Un problème est survenu lors de l’envoi. Envoyez-le à nouveau.',
  refusedOther: 'Le serveur n’a pas accepté le message. Envoyez-le à nouveau, ou par e-mail.',
  invalid:
    'Le point de contact ne peut pas être affiché : les données de cette page sont incomplètes ou erronées.',
  subject: 'Message via le site web',
};
