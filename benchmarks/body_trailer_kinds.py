# ruff: noqa: E501  (a table of whole sentences, one a line)
"""The blocks sites print under a story, by kind and language, each worded several ways (made up for
body_trailers; {name} the writer, {site} the site, {email} its address, {first} the writer's first name)."""

from __future__ import annotations

Block = list[str]

TRAILERS: dict[str, dict[str, list[Block]]] = {
    "bio": {
        "en": [
            ["{name} is a senior reporter at {site}, where she covers transport and local government."],
            [
                "About the author",
                "",
                "{name} covers city hall for {site}. She previously worked as a correspondent in the north.",
            ],
            [
                "{name} has written about the region's rivers and ports for more than a decade. She lives near the harbour with two cats."
            ],
        ],
        "de": [
            ["{name} ist Redakteur im Lokalressort des {site} und schreibt vor allem \u00fcber Bildung und Kultur."],
            [
                "\u00dcber den Autor",
                "",
                "{name} arbeitet seit 2019 als Reporter f\u00fcr den {site}. Zuvor volontierte er bei einer Regionalzeitung.",
            ],
        ],
        "fr": [
            [
                "{name} est journaliste au service local de {site}. Elle suit les questions d\u2019urbanisme et de commerce."
            ],
            [
                "\u00c0 propos de l\u2019auteure",
                "",
                "{name} a rejoint la r\u00e9daction de {site} en 2022 apr\u00e8s plusieurs ann\u00e9es comme correspondante \u00e0 l\u2019\u00e9tranger.",
            ],
        ],
        "es": [
            ["{name} es periodista de la secci\u00f3n local de {site} y escribe sobre transporte y urbanismo."],
            [
                "Sobre la autora",
                "",
                "{name} trabaja como redactora en {site} desde 2020. Antes fue corresponsal en Lisboa.",
            ],
        ],
        "it": [
            ["{name} \u00e8 giornalista della redazione cronaca di {site} e si occupa di infrastrutture."],
            [
                "Chi \u00e8 l\u2019autore",
                "",
                "{name} scrive per {site} dal 2018. In precedenza ha lavorato come inviato per una radio locale.",
            ],
        ],
        "pt": [
            ["{name} \u00e9 jornalista da sec\u00e7\u00e3o local do {site} e acompanha temas de urbanismo e pescas."],
            [
                "Sobre a autora",
                "",
                "{name} trabalha no {site} desde 2021. Antes foi rep\u00f3rter numa r\u00e1dio regional.",
            ],
        ],
        "nl": [
            ["{name} is verslaggever bij {site} en schrijft over verkeer en ruimtelijke ordening."],
            [
                "Over de auteur",
                "",
                "{name} werkt sinds 2020 als redacteur bij {site}. Daarvoor was ze correspondent in Brussel.",
            ],
        ],
    },
    "licence": {
        "en": [
            [
                "This story is published under a Creative Commons licence. You are free to republish it, as long as you credit {site} and link to the original."
            ],
            [
                "Republish this article",
                "",
                "You may republish our stories for free, online or in print, under the terms of our licence.",
            ],
        ],
        "de": [
            [
                "Dieser Artikel steht unter einer Creative-Commons-Lizenz. Sie d\u00fcrfen ihn unter Nennung der Quelle {site} weiterverbreiten."
            ],
            [
                "Artikel \u00fcbernehmen",
                "",
                "Unsere Texte d\u00fcrfen kostenlos \u00fcbernommen werden, sofern die Quelle genannt wird.",
            ],
        ],
        "fr": [
            [
                "Cet article est publi\u00e9 sous licence Creative Commons. Vous pouvez le republier librement en citant {site}."
            ],
            [
                "Republier cet article",
                "",
                "Nos articles peuvent \u00eatre repris gratuitement, \u00e0 condition d\u2019en citer la source.",
            ],
        ],
        "es": [
            [
                "Este art\u00edculo se publica bajo una licencia Creative Commons. Puede reproducirlo citando a {site} como fuente."
            ],
            [
                "Republica este art\u00edculo",
                "",
                "Puedes reproducir nuestras noticias de forma gratuita si mencionas la fuente y enlazas al original.",
            ],
        ],
        "it": [
            [
                "Questo articolo \u00e8 pubblicato con licenza Creative Commons. Pu\u00f2 essere ripubblicato citando {site} come fonte."
            ],
            [
                "Ripubblica questo articolo",
                "",
                "I nostri articoli possono essere ripresi gratuitamente, indicando la fonte.",
            ],
        ],
        "pt": [
            [
                "Este artigo \u00e9 publicado sob uma licen\u00e7a Creative Commons. Pode republic\u00e1-lo desde que cite o {site}."
            ],
            [
                "Republicar este artigo",
                "",
                "Os nossos artigos podem ser reproduzidos gratuitamente, desde que seja indicada a fonte.",
            ],
        ],
        "nl": [
            ["Dit artikel valt onder een Creative Commons-licentie. U mag het overnemen met vermelding van {site}."],
            [
                "Dit artikel overnemen",
                "",
                "Onze artikelen mogen gratis worden overgenomen, mits de bron wordt vermeld.",
            ],
        ],
    },
    "correction": {
        "en": [
            [
                "Correction: An earlier version of this article gave the wrong date for the vote. It is on Thursday, not Wednesday."
            ],
            ["This article was updated on 13 March to add a response from the operator."],
        ],
        "de": [
            [
                "Korrektur: In einer fr\u00fcheren Fassung dieses Artikels hie\u00df es, die Bibliothek sei seit Montag geschlossen. Wir haben das korrigiert."
            ],
            ["Dieser Artikel wurde am 13. M\u00e4rz aktualisiert."],
        ],
        "fr": [
            [
                "Rectificatif\u00a0: une premi\u00e8re version de cet article indiquait une mauvaise date d\u2019ouverture. Elle a \u00e9t\u00e9 corrig\u00e9e."
            ],
            ["Cet article a \u00e9t\u00e9 mis \u00e0 jour le 13 mars \u00e0 18\u00a0h."],
        ],
        "es": [
            [
                "Fe de errores: una versi\u00f3n anterior de este art\u00edculo dec\u00eda que el cambio empezaba en mayo. Empieza en abril."
            ],
            ["Este art\u00edculo fue actualizado el 13 de marzo."],
        ],
        "it": [
            ["Correzione: una versione precedente di questo articolo indicava una data sbagliata per la riapertura."],
            ["Articolo aggiornato il 13 marzo alle 18."],
        ],
        "pt": [
            [
                "Corre\u00e7\u00e3o: uma vers\u00e3o anterior deste artigo indicava um valor errado para o custo das obras."
            ],
            ["Artigo atualizado a 13 de mar\u00e7o."],
        ],
        "nl": [
            ["Correctie: in een eerdere versie van dit artikel stond een verkeerd bedrag. Dat is aangepast."],
            ["Dit artikel is op 13 maart bijgewerkt."],
        ],
    },
    "method": {
        "en": [
            [
                "How we reported this",
                "",
                "We read more than 300 pages of council minutes and spoke to 14 crew members, most of whom asked not to be named.",
            ],
            [
                "This story was produced in partnership with the Regional Reporting Fund, which had no say in its content."
            ],
        ],
        "de": [
            [
                "So haben wir recherchiert",
                "",
                "F\u00fcr diesen Bericht haben wir Protokolle des Stadtrats ausgewertet und mit zw\u00f6lf Besch\u00e4ftigten gesprochen.",
            ],
            ["Diese Recherche wurde von einer Stiftung gef\u00f6rdert, die keinen Einfluss auf den Inhalt hatte."],
        ],
        "fr": [
            [
                "M\u00e9thodologie",
                "",
                "Pour cette enqu\u00eate, nous avons consult\u00e9 les d\u00e9lib\u00e9rations du conseil municipal et interrog\u00e9 vingt commer\u00e7ants.",
            ],
            [
                "Cet article a \u00e9t\u00e9 r\u00e9alis\u00e9 avec le soutien d\u2019une fondation qui n\u2019a eu aucun droit de regard sur son contenu."
            ],
        ],
        "es": [
            [
                "C\u00f3mo lo hicimos",
                "",
                "Para este reportaje analizamos las actas del pleno de los \u00faltimos cinco a\u00f1os y hablamos con veinte conductores.",
            ],
            ["Este reportaje se realiz\u00f3 con el apoyo de una fundaci\u00f3n que no intervino en su contenido."],
        ],
        "it": [
            [
                "Come abbiamo lavorato",
                "",
                "Per questa inchiesta abbiamo consultato i verbali del consiglio comunale e intervistato dodici commercianti.",
            ],
            [
                "Questo articolo \u00e8 stato realizzato con il sostegno di una fondazione che non ha avuto alcun ruolo nei contenuti."
            ],
        ],
        "pt": [
            [
                "Como fizemos esta reportagem",
                "",
                "Consult\u00e1mos as atas da c\u00e2mara dos \u00faltimos cinco anos e ouvimos quinze pescadores.",
            ],
            [
                "Esta reportagem foi feita com o apoio de uma funda\u00e7\u00e3o que n\u00e3o interferiu no seu conte\u00fado."
            ],
        ],
        "nl": [
            [
                "Verantwoording",
                "",
                "Voor dit verhaal lazen we de notulen van de raad van de afgelopen vijf jaar en spraken we met twintig bewoners.",
            ],
            ["Dit artikel kwam tot stand met steun van een fonds dat geen invloed had op de inhoud."],
        ],
    },
    "newsletter": {
        "en": [
            [
                "Get the morning briefing",
                "The day's local news, in your inbox before breakfast.",
                "Email address",
                "Sign up",
            ],
            ["Never miss a story from {site}", "", "Subscribe to our free weekly newsletter.", "Subscribe"],
        ],
        "de": [
            [
                "Der Newsletter am Morgen",
                "Die wichtigsten Nachrichten aus der Region, jeden Tag in Ihrem Postfach.",
                "E-Mail-Adresse",
                "Anmelden",
            ],
            ["Bleiben Sie informiert", "", "Abonnieren Sie unseren kostenlosen Newsletter.", "Jetzt abonnieren"],
        ],
        "fr": [
            [
                "Recevez notre lettre d\u2019information",
                "L\u2019essentiel de l\u2019actualit\u00e9 locale chaque matin dans votre bo\u00eete mail.",
                "Adresse e-mail",
                "Je m\u2019inscris",
            ],
            ["Ne manquez rien", "", "Inscrivez-vous \u00e0 notre newsletter gratuite.", "S\u2019inscrire"],
        ],
        "es": [
            [
                "Recibe nuestro bolet\u00edn",
                "Las noticias de la ciudad cada ma\u00f1ana en tu correo.",
                "Correo electr\u00f3nico",
                "Suscribirme",
            ],
            ["No te pierdas nada", "", "Suscr\u00edbete gratis a nuestra newsletter semanal.", "Suscribirse"],
        ],
        "it": [
            [
                "Ricevi la nostra newsletter",
                "Le notizie della citt\u00e0 ogni mattina nella tua casella di posta.",
                "Indirizzo email",
                "Iscriviti",
            ],
            ["Resta aggiornato", "", "Iscriviti gratis alla nostra newsletter settimanale.", "Iscriviti ora"],
        ],
        "pt": [
            [
                "Receba a nossa newsletter",
                "As not\u00edcias da regi\u00e3o todas as manh\u00e3s no seu email.",
                "Endere\u00e7o de email",
                "Subscrever",
            ],
            ["N\u00e3o perca nada", "", "Subscreva gratuitamente a nossa newsletter semanal.", "Quero subscrever"],
        ],
        "nl": [
            [
                "Ontvang onze nieuwsbrief",
                "Het belangrijkste nieuws uit de regio, elke ochtend in je mailbox.",
                "E-mailadres",
                "Aanmelden",
            ],
            ["Mis niets", "", "Schrijf je gratis in voor onze wekelijkse nieuwsbrief.", "Inschrijven"],
        ],
    },
    "donate": {
        "en": [
            [
                "Support local journalism",
                "",
                "{site} is free to read because readers like you chip in. Give what you can today.",
                "Donate",
            ],
            [
                "Stories like this one cost money to report. If reporting like this matters to you, think about joining as a member.",
                "Become a member",
            ],
        ],
        "de": [
            [
                "Unterst\u00fctzen Sie unabh\u00e4ngigen Journalismus",
                "",
                "Der {site} ist frei zug\u00e4nglich. Mit Ihrer Spende helfen Sie, dass das so bleibt.",
                "Jetzt spenden",
            ],
            [
                "Gute Recherche kostet Geld. Werden Sie Mitglied und unterst\u00fctzen Sie unsere Arbeit.",
                "Mitglied werden",
            ],
        ],
        "fr": [
            [
                "Soutenez une information ind\u00e9pendante",
                "",
                "{site} est en acc\u00e8s libre gr\u00e2ce \u00e0 ses lecteurs. Faites un don d\u00e8s aujourd\u2019hui.",
                "Faire un don",
            ],
            [
                "Ce travail a un co\u00fbt. Si vous l\u2019appr\u00e9ciez, abonnez-vous pour nous soutenir.",
                "Je m\u2019abonne",
            ],
        ],
        "es": [
            [
                "Apoya el periodismo local",
                "",
                "{site} es gratuito gracias a sus lectores. Haz tu aportaci\u00f3n hoy.",
                "Donar",
            ],
            ["Informar cuesta dinero. Si valoras nuestro trabajo, hazte socio.", "Hazte socio"],
        ],
        "it": [
            [
                "Sostieni il giornalismo locale",
                "",
                "{site} \u00e8 gratuito grazie ai suoi lettori. Fai una donazione oggi.",
                "Dona ora",
            ],
            ["Un\u2019informazione libera ha un costo. Se apprezzi il nostro lavoro, abbonati.", "Abbonati"],
        ],
        "pt": [
            [
                "Apoie o jornalismo local",
                "",
                "O {site} \u00e9 gratuito gra\u00e7as aos leitores. Fa\u00e7a hoje o seu donativo.",
                "Contribuir",
            ],
            ["O bom jornalismo custa dinheiro. Se gosta do nosso trabalho, torne-se assinante.", "Assinar"],
        ],
        "nl": [
            [
                "Steun lokale journalistiek",
                "",
                "{site} is gratis te lezen dankzij lezers zoals jij. Doneer vandaag.",
                "Doneren",
            ],
            ["Goede journalistiek kost geld. Word lid en steun ons werk.", "Word lid"],
        ],
    },
    "follow": {
        "en": [
            ["Follow us", "Facebook", "Instagram", "YouTube"],
            ["Follow {site} on Instagram and Facebook for more news from the coast."],
        ],
        "de": [
            ["Folgen Sie uns", "Facebook", "Instagram", "YouTube"],
            ["Folgen Sie dem {site} auf Instagram und Facebook, um keine Nachricht zu verpassen."],
        ],
        "fr": [
            ["Suivez-nous", "Facebook", "Instagram", "YouTube"],
            ["Suivez {site} sur Instagram et Facebook pour ne rien manquer de l\u2019actualit\u00e9."],
        ],
        "es": [
            ["S\u00edguenos", "Facebook", "Instagram", "YouTube"],
            ["Sigue a {site} en Instagram y Facebook para no perderte ninguna noticia."],
        ],
        "it": [
            ["Seguici", "Facebook", "Instagram", "YouTube"],
            ["Segui {site} su Instagram e Facebook per restare sempre aggiornato."],
        ],
        "pt": [
            ["Siga-nos", "Facebook", "Instagram", "YouTube"],
            ["Siga o {site} no Instagram e no Facebook para acompanhar todas as not\u00edcias."],
        ],
        "nl": [
            ["Volg ons", "Facebook", "Instagram", "YouTube"],
            ["Volg {site} op Instagram en Facebook voor meer nieuws uit de regio."],
        ],
    },
    "tags": {
        "en": [["Topics", "Transport", "Strikes", "Local politics"], ["Tags: transport, strikes, ferries"]],
        "de": [["Themen", "Bibliothek", "Stadtrat", "Kultur"], ["Schlagw\u00f6rter: Bibliothek, Stadtrat, Kultur"]],
        "fr": [
            ["Sujets", "Commerce", "Urbanisme", "Centre-ville"],
            ["Mots-cl\u00e9s\u00a0: commerce, urbanisme, march\u00e9s"],
        ],
        "es": [["Temas", "Transporte", "Ayuntamiento", "Movilidad"], ["Etiquetas: transporte, autobuses, movilidad"]],
        "it": [["Argomenti", "Trasporti", "Comune", "Lavori pubblici"], ["Tag: ponte, traffico, cantieri"]],
        "pt": [["Temas", "Urbanismo", "Pescas", "C\u00e2mara"], ["Etiquetas: mercado, pescas, obras"]],
        "nl": [["Onderwerpen", "Verkeer", "Gemeenteraad", "Fietsen"], ["Tags: fietsbrug, kanaal, gemeenteraad"]],
    },
    "share": {
        "en": [["Share this article", "Facebook", "X", "WhatsApp", "Email", "Copy link"], ["Share", "Save", "Print"]],
        "de": [
            ["Artikel teilen", "Facebook", "X", "WhatsApp", "E-Mail", "Link kopieren"],
            ["Teilen", "Merken", "Drucken"],
        ],
        "fr": [
            ["Partager cet article", "Facebook", "X", "WhatsApp", "E-mail", "Copier le lien"],
            ["Partager", "Enregistrer", "Imprimer"],
        ],
        "es": [
            ["Compartir este art\u00edculo", "Facebook", "X", "WhatsApp", "Correo", "Copiar enlace"],
            ["Compartir", "Guardar", "Imprimir"],
        ],
        "it": [
            ["Condividi questo articolo", "Facebook", "X", "WhatsApp", "Email", "Copia link"],
            ["Condividi", "Salva", "Stampa"],
        ],
        "pt": [
            ["Partilhar este artigo", "Facebook", "X", "WhatsApp", "Email", "Copiar link"],
            ["Partilhar", "Guardar", "Imprimir"],
        ],
        "nl": [
            ["Deel dit artikel", "Facebook", "X", "WhatsApp", "E-mail", "Link kopi\u00ebren"],
            ["Delen", "Opslaan", "Printen"],
        ],
    },
    "footer": {
        "en": [
            ["\u00a9 2031 {site}. All rights reserved.", "Privacy policy", "Terms of use", "Contact us"],
            ["About us", "Advertise", "Careers", "Cookie settings", "\u00a9 {site} 2031"],
        ],
        "de": [
            ["\u00a9 2031 {site}. Alle Rechte vorbehalten.", "Datenschutz", "Impressum", "Kontakt"],
            ["\u00dcber uns", "Anzeigen", "Jobs", "Cookie-Einstellungen"],
        ],
        "fr": [
            [
                "\u00a9 2031 {site}. Tous droits r\u00e9serv\u00e9s.",
                "Confidentialit\u00e9",
                "Mentions l\u00e9gales",
                "Contact",
            ],
            ["Qui sommes-nous", "Publicit\u00e9", "Recrutement", "Gestion des cookies"],
        ],
        "es": [
            ["\u00a9 2031 {site}. Todos los derechos reservados.", "Privacidad", "Aviso legal", "Contacto"],
            ["Qui\u00e9nes somos", "Publicidad", "Empleo", "Configuraci\u00f3n de cookies"],
        ],
        "it": [
            ["\u00a9 2031 {site}. Tutti i diritti riservati.", "Privacy", "Note legali", "Contatti"],
            ["Chi siamo", "Pubblicit\u00e0", "Lavora con noi", "Impostazioni cookie"],
        ],
        "pt": [
            ["\u00a9 2031 {site}. Todos os direitos reservados.", "Privacidade", "Termos de uso", "Contactos"],
            ["Quem somos", "Publicidade", "Carreiras", "Defini\u00e7\u00f5es de cookies"],
        ],
        "nl": [
            ["\u00a9 2031 {site}. Alle rechten voorbehouden.", "Privacy", "Voorwaarden", "Contact"],
            ["Over ons", "Adverteren", "Vacatures", "Cookie-instellingen"],
        ],
    },
    "tip": {
        "en": [
            ["Do you know more about this story? Write to us at {email} or send a message on Signal."],
            ["Have a tip? Contact our newsroom at {email}."],
        ],
        "de": [
            ["Wissen Sie mehr? Schreiben Sie uns an {email}."],
            ["Haben Sie Hinweise zu diesem Thema? Melden Sie sich vertraulich bei unserer Redaktion: {email}"],
        ],
        "fr": [
            ["Vous avez des informations sur ce sujet\u00a0? \u00c9crivez-nous \u00e0 {email}."],
            ["Une info \u00e0 nous signaler\u00a0? Contactez la r\u00e9daction\u00a0: {email}"],
        ],
        "es": [
            ["\u00bfSabes algo m\u00e1s de esta historia? Escr\u00edbenos a {email}."],
            ["\u00bfTienes una pista? Contacta con la redacci\u00f3n en {email}."],
        ],
        "it": [
            ["Sai qualcosa di pi\u00f9 su questa storia? Scrivici a {email}."],
            ["Hai una segnalazione? Contatta la redazione: {email}"],
        ],
        "pt": [
            ["Sabe mais sobre esta hist\u00f3ria? Escreva-nos para {email}."],
            ["Tem uma pista? Contacte a reda\u00e7\u00e3o: {email}"],
        ],
        "nl": [
            ["Weet jij meer over dit verhaal? Mail ons via {email}."],
            ["Heb je een tip? Neem contact op met de redactie: {email}"],
        ],
    },
    "comments": {
        "en": [
            ["12 comments", "Log in to join the conversation"],
            ["Comments", "", "No comments yet: start the discussion"],
        ],
        "de": [
            ["12 Kommentare", "Melden Sie sich an, um zu kommentieren"],
            ["Kommentare", "", "Schreiben Sie den ersten Kommentar"],
        ],
        "fr": [
            ["12 commentaires", "Connectez-vous pour commenter"],
            ["Commentaires", "", "Soyez le premier \u00e0 r\u00e9agir"],
        ],
        "es": [
            ["12 comentarios", "Inicia sesi\u00f3n para comentar"],
            ["Comentarios", "", "S\u00e9 el primero en comentar"],
        ],
        "it": [["12 commenti", "Accedi per commentare"], ["Commenti", "", "Scrivi il primo commento"]],
        "pt": [
            ["12 coment\u00e1rios", "Inicie sess\u00e3o para comentar"],
            ["Coment\u00e1rios", "", "Seja o primeiro a comentar"],
        ],
        "nl": [["12 reacties", "Log in om te reageren"], ["Reacties", "", "Reageer als eerste"]],
    },
}
