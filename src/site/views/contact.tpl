{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Contact}}</h1>
<section class="contact-card" aria-labelledby="contact-name">
  <h2 id="contact-name">{{CONTACT_NAME}}</h2>
  <p lang="{{CONTACT_ROLE_LANG}}">{{CONTACT_ROLE}}</p>
  <p>{{_:x-t=Email}} <a href="mailto:{{CONTACT_EMAIL:u}}">{{CONTACT_EMAIL}}</a><br>{{_:x-t=Telephone}} <a href="tel:{{CONTACT_PHONE_DIGITS:u}}">{{CONTACT_PHONE}}</a></p>
</section>
{{#BODY_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/BODY_FALLBACK}}
<div class="prose" lang="{{BODY_LANG}}">{{BODY_HTML:none}}</div>
