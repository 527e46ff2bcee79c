const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.create({
  from: '+19195551212',
  to: '+19195551313',
  bridgeId: 'brg-65dhjwrmbasiei'
}, function (err, response) {
  if (err) {
    console.log(err);
  }
  else {
    console.log(response.id);
  }
});
