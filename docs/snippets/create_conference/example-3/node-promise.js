const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Conference.create({
  from: '+19195551212',
  callbackUrl: 'http://my.callback.url/conferences',
  callbackTimeout: 2000,
  fallbackUrl: 'http://my.fallback.url/conferences',
  profile: 'passthru_digits'
})
.then(function (response) {
  console.log(response.id);
});
