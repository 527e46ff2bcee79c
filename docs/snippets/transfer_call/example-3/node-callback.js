const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.transfer('c-qbs5kwrsyx6wsdi', {
  transferTo: '+19195554444',
  diversionTreatment: 'stack',
  diversionReason: 'do-not-disturb'
}, function (err, response) {
  if (err) {
    console.log(err);
  }
  else {
    console.log(response.id);
  }
});
