const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Application.update('a-zuwwfzzrbea', {
  name: 'Rename App2',
  autoAnswer: false
})
.then(function () {
  console.log('Done');
});
