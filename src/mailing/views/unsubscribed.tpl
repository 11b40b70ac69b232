{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=You are unsubscribed}}</h1>
{{#WITHDRAWN}}<p>{{SUMMARY}}</p>{{/WITHDRAWN}}
{{#NONE}}<p>{{_:x-t=There was nothing left to stop; nothing is sent to you.}}</p>{{/NONE}}
{{#REMAINING}}<p>{{REMAINING_SUMMARY}} <a href="/mailing/preferences?token={{TOKEN:u}}">{{_:x-t=Change your topics or language}}</a></p>{{/REMAINING}}
<p><a href="/mailing/subscribe">{{_:x-t=Changed your mind? Subscribe again}}</a></p>
